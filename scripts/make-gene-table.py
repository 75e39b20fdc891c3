#!/usr/bin/env python3
"""Derives the compact gene table GeneGraph ships (src/GeneGraph/References/Resources/human-genes.tsv.gz) from the
shared human-genes.tsv (org.Hs.eg.db 3.16.0, NCBI Gene data of 2022-09-12): only the columns the gene checks read
(entrez_id, symbol, ensembl_gene_ids, ucsc_hg38_locations, aliases), locations on the primary chromosomes only,
without strand and repeats. NCBI's data is public domain; the package is Artistic-2.0 (docs/gene-checks.md).

    python3 scripts/make-gene-table.py ../shared/data/human-genes.tsv src/GeneGraph/References/Resources/human-genes.tsv.gz
"""
import csv, gzip, io, sys

source, target = sys.argv[1], sys.argv[2]
columns = ["entrez_id", "symbol", "ensembl_gene_ids", "ucsc_hg38_locations", "aliases"]
# no file name and no time in the gzip header, so the same source gives the same bytes
with open(source, newline="", encoding="utf-8") as f, open(target, "wb") as file, \
        gzip.GzipFile(filename="", mode="wb", fileobj=file, mtime=0) as raw, \
        io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
    out = csv.writer(text, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
    out.writerow(columns)
    for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        locations = []
        for location in filter(None, row["ucsc_hg38_locations"].split(",")):
            chrom, span = location.split(":")[:2]
            if "_" not in chrom and f"{chrom}:{span}" not in locations:
                locations.append(f"{chrom}:{span}")
        out.writerow([row["entrez_id"], row["symbol"], row["ensembl_gene_ids"], ",".join(locations), row["aliases"]])
