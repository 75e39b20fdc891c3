using System.Text;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>The bundle's README.md: what the files are, how to import them, and the flags they need.</summary>
internal static class BundleReadme
{
    public static string Text(IReadOnlyList<(string File, int Rows)> nodeFiles, IReadOnlyList<(string File, int Rows)> relationshipFiles)
    {
        var sb = new StringBuilder();
        sb.Append("""
            # GeneGraph knowledge graph: a neo4j-import bundle

            Written by `genegraph export <vault> --format neo4j-import -o <folder>`. It creates a new Neo4j database
            offline, much faster than `genegraph load`, with the same nodes, relationships and properties.

            ## Files

            | file | rows |
            | --- | --- |

            """);
        foreach (var (file, rows) in nodeFiles.Concat(relationshipFiles))
            sb.Append("| `").Append(file).Append("` | ").Append(ValueText.Long(rows)).Append(" |\n");
        sb.Append("""

            - `nodes-<Label>.csv`: `id:ID(<Label>)` (the node's `id`, unique within its label: each label is its own
              ID space), `:LABEL`, then the properties with their types (`ncbiGeneId:long`, `start:long`,
              `sources:string[]`, ...). An empty unquoted field means the node has no such property.
            - `relationships-<TYPE>.csv`: `:START_ID(<Label>)`, `:END_ID(<Label>)`, `:TYPE`, then the properties
              (`r:double`, `absR:double`, `sources:string[]`, ...).
            - `import.sh`: runs the importer; `.genegraph-neo4j-import` marks the folder as GeneGraph's, so a later
              export may replace it.

            ## Import

            Stop the database first; the target database must not exist (5.x: or add `--overwrite-destination=true`).

            ```sh
            NEO4J_HOME=/path/to/neo4j bash import.sh            # 5.x: creates database 'neo4j'
            NEO4J_HOME=/path/to/neo4j NEO4J_DATABASE=genes bash import.sh
            ```

            It uses `neo4j-admin database import full` on Neo4j 5.x and later, `neo4j-admin import` on 4.x and
            `neo4j-import` on 3.x (found under `$NEO4J_HOME/bin`, else on `PATH`; the version comes from
            `lib/neo4j-kernel-<version>.jar` or `--version`, or set `NEO4J_VERSION`), prints the command and runs it.
            Options after `import.sh` go to the importer. Afterwards, create the uniqueness constraints on `id` if
            you will `MERGE` by it (GeneGraph's `cypher/schema-5.x.cypher`, or `cypher/schema-3.x.cypher` for 3.x/4.x).

            ## How the files are written, and the flags that match

            | choice | value | flag |
            | --- | --- | --- |
            | field delimiter | `,` | `--delimiter=,` |
            | array delimiter | U+001F (unit separator) | `--array-delimiter=<U+001F>` (the character itself) |
            | quote | `"` around every string and array value, doubled inside | `--quote="` |
            | backslash | doubled (`\\`): Neo4j 3.x always reads `\"` as a quote, 4.x/5.x with the flag | `--legacy-style-quoting=true` (4.x, 5.x) |
            | line breaks inside values | kept, inside the quotes | `--multiline-fields=true` |
            | encoding | UTF-8, no BOM | `--input-encoding=UTF-8` |
            | ids | strings, one ID space per label | `--id-type=string` |

            The array delimiter is U+001F because Neo4j's default `;` (and `|`, `,`) can occur in note paths, names
            and URLs, while the control character U+001F does not occur in notes; a list element that holds it, or
            an empty list element, is refused at export time because the importer cannot escape it. An empty list is
            written as no property. Numbers are plain (`3976`, `-0.567`, `1E-07`); doubles always have a `.` or an
            exponent.

            """);
        return sb.ToString();
    }
}
