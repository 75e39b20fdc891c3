// Uniqueness constraints on every label's id, Neo4j 4.4 / 5.x / 2025.x syntax. Named, and idempotent.
CREATE CONSTRAINT gene_id IF NOT EXISTS FOR (n:Gene) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT locus_id IF NOT EXISTS FOR (n:Locus) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trait_id IF NOT EXISTS FOR (n:Trait) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pathway_id IF NOT EXISTS FOR (n:Pathway) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT disease_id IF NOT EXISTS FOR (n:Disease) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT goterm_id IF NOT EXISTS FOR (n:GoTerm) REQUIRE n.id IS UNIQUE;
CREATE INDEX gene_ensembl_id IF NOT EXISTS FOR (n:Gene) ON (n.ensemblId);
CREATE INDEX gene_ncbi_gene_id IF NOT EXISTS FOR (n:Gene) ON (n.ncbiGeneId);
