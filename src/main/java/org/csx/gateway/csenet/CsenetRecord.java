package org.csx.gateway.csenet;

import java.util.List;

/**
 * One line of a CSENet file, as read.
 *
 * @param lineNumber 1-based line number in the file
 * @param raw        the line without its terminator, bytes decoded one-to-one as ISO-8859-1 so nothing is lost
 * @param errors     what the reader found wrong with the bytes themselves (e.g. non-printable ASCII); empty when
 *                   the line is fit to parse
 */
record CsenetRecord(long lineNumber, String raw, List<CsenetRecordError> errors) {

    public CsenetRecord {
        errors = List.copyOf(errors);
    }

    public boolean isReadable() {
        return errors.isEmpty();
    }
}
