package org.csx.gateway.documents;

/** How sure the domain brief is of a rule: the tags it puts on each fact. */
enum Basis {
    /** Checked against a named source. */
    V,
    /** From memory of the regulation, statute or standard; to be confirmed. */
    M,
    /** Inferred from verified material. */
    I
}
