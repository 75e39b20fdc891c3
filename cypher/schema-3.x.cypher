// Uniqueness constraints on every label's id, Neo4j 3.x syntax (3.0-3.5; also accepted by 4.0-4.4).
// Each constraint also creates the index that MERGE on :Label {id} uses. Re-running is harmless.
CREATE CONSTRAINT ON (n:Gene) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Locus) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Trait) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Pathway) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Disease) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Paper) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:GoTerm) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Gene(ensemblId);
CREATE INDEX ON :Gene(ncbiGeneId);
