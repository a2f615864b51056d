-- One document model (issue 9): a registration counts the documents the registry holds for its case
-- (case_document), never manifest entries or a separate list of its own.
DROP TABLE registration_document;
