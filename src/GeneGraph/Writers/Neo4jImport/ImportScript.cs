using System.Text;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>
/// The bundle's <c>import.sh</c>: finds Neo4j's offline importer, tells the version, and runs the matching command
/// with every file of the bundle and the flags that match how the files were written. Needs bash, never the network.
/// </summary>
internal static class ImportScript
{
    public static string Text(IReadOnlyList<string> nodeFiles, IReadOnlyList<string> relationshipFiles)
    {
        var sb = new StringBuilder(Head);
        sb.Append("nodes=(").AppendJoin(' ', nodeFiles).Append(")\n");
        sb.Append("relationships=(").AppendJoin(' ', relationshipFiles).Append(")\n");
        sb.Append(Body);
        return sb.ToString();
    }

    private const string Head = """
        #!/usr/bin/env bash
        # import.sh -- written by GeneGraph with this bundle: imports it into a new, empty Neo4j database with
        # Neo4j's offline bulk importer (the database must not be running). Never uses the network.
        #
        #   Neo4j 5.x and later   neo4j-admin database import full <database> ...
        #   Neo4j 4.x             neo4j-admin import --database=<database> ...
        #   Neo4j 3.x             neo4j-import --into <store folder> ...
        #
        # Usage: bash import.sh [more options for the importer, e.g. --overwrite-destination=true on 5.x]
        # Environment:
        #   NEO4J_HOME       the Neo4j installation whose bin/ holds the importer; else neo4j-admin/neo4j-import on PATH
        #   NEO4J_DATABASE   4.x and later: the database to create                   [neo4j]
        #   NEO4J_STORE_DIR  3.x: the store folder to create       [<neo4j home>/data/databases/graph.db]
        #   NEO4J_VERSION    the Neo4j version, when lib/neo4j-kernel-*.jar and --version cannot tell it
        #   JAVA_OPTS (3.x), JDK_JAVA_OPTIONS   JVM options; passed through untouched
        # The files: comma-separated, '"' quotes (doubled inside a value, every backslash doubled), array elements
        # separated by U+001F, UTF-8, values may span lines. See README.md.
        set -euo pipefail

        bundle=$(cd "$(dirname "$0")" && pwd)
        array_delimiter=$(printf '\037')

        """;

    private const string Body = """

        die() { echo "import.sh: $*" >&2; exit 1; }

        # find_tool NAME: bin/NAME of $NEO4J_HOME when that is set, else NAME on PATH
        find_tool() {
          if [ -n "${NEO4J_HOME:-}" ]; then
            [ -f "$NEO4J_HOME/bin/$1" ] && echo "$NEO4J_HOME/bin/$1"
            return 0
          fi
          command -v "$1" 2>/dev/null || true
        }

        # home_of TOOL: the Neo4j installation a bin/ tool belongs to
        home_of() { (cd "$(dirname "$(readlink -f "$1")")/.." && pwd); }

        # run_tool TOOL ARGS...: some distributions ship bin/ scripts without the execute bit
        run_tool() {
          local tool=$1; shift
          if [ -x "$tool" ]; then "$tool" "$@"; else bash "$tool" "$@"; fi
        }

        # version_of TOOL: from $NEO4J_VERSION, lib/neo4j-kernel-<version>.jar, or TOOL --version
        version_of() {
          if [ -n "${NEO4J_VERSION:-}" ]; then echo "$NEO4J_VERSION"; return 0; fi
          local jar
          for jar in "$(home_of "$1")"/lib/neo4j-kernel-[0-9]*.jar; do
            if [ -f "$jar" ]; then jar=${jar##*/neo4j-kernel-}; echo "${jar%.jar}"; return 0; fi
          done
          run_tool "$1" --version 2>/dev/null | grep -Eo '[0-9]+\.[0-9]+(\.[0-9]+)?' | head -n 1 || true
        }

        admin=$(find_tool neo4j-admin)
        legacy=$(find_tool neo4j-import)
        [ -n "$admin$legacy" ] ||
          die "neither neo4j-admin nor neo4j-import found; set NEO4J_HOME to your Neo4j installation or put its bin/ on PATH"
        tool=${admin:-$legacy}
        version=$(version_of "$tool")
        [ -n "$version" ] || die "cannot tell the Neo4j version of $tool; set NEO4J_VERSION (e.g. 5.26.0)"
        major=${version%%.*}
        case $major in ''|*[!0-9]*) die "cannot read the Neo4j version '$version'; set NEO4J_VERSION (e.g. 5.26.0)" ;; esac

        cd "$bundle"
        if [ "$major" -ge 4 ]; then
          [ -n "$admin" ] || die "Neo4j $version needs bin/neo4j-admin, which was not found"
          if [ "$major" -ge 5 ]; then
            cmd=(database import full "${NEO4J_DATABASE:-neo4j}" --id-type=string)
          else
            cmd=(import "--database=${NEO4J_DATABASE:-neo4j}" --id-type=STRING)
          fi
          cmd+=(--input-encoding=UTF-8 --delimiter=, "--array-delimiter=$array_delimiter" '--quote="'
                --multiline-fields=true --legacy-style-quoting=true)
          for f in "${nodes[@]}"; do cmd+=("--nodes=$f"); done
          for f in "${relationships[@]}"; do cmd+=("--relationships=$f"); done
        elif [ "$major" -eq 3 ]; then
          [ -n "$legacy" ] || die "Neo4j $version: bin/neo4j-import was not found"
          tool=$legacy
          store=${NEO4J_STORE_DIR:-$(home_of "$legacy")/data/databases/graph.db}
          mkdir -p "$(dirname "$store")"
          store=$(cd "$(dirname "$store")" && pwd)/$(basename "$store")
          cmd=(--into "$store" --id-type STRING --input-encoding UTF-8 --delimiter , --array-delimiter "$array_delimiter"
               --quote '"' --multiline-fields true)
          for f in "${nodes[@]}"; do cmd+=(--nodes "$f"); done
          for f in "${relationships[@]}"; do cmd+=(--relationships "$f"); done
        else
          die "Neo4j $version is not supported; this bundle imports into Neo4j 3.x, 4.x, 5.x and later"
        fi
        cmd+=("$@")

        echo "import.sh: Neo4j $version, in $bundle:" >&2
        printf '%q ' "$tool" "${cmd[@]}" >&2
        echo >&2
        run_tool "$tool" "${cmd[@]}"

        """;
}
