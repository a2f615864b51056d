package org.csx.gateway.csenet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSENet records with every field of every block at the widest value its layout allows, generated from the field
 * table ({@code reference/csenet-data-block-fields.csv}, {@link CsenetLayout}): not a hand-picked list of fields.
 *
 * <p>What "widest legal" means comes from the field's type and length in the table: an alphanumeric field is filled
 * to its last position (never a trailing blank: printable ASCII, spaces only inside, XML's special characters
 * included); a numeric field carries its full width of digits, the largest value that is still legal. Only where the
 * IGD restricts a field's values (codes, dates, FIPS codes, case ids, ranges: domain brief 1.8-1.10) does a rule by
 * field name pick the widest legal value; every other field falls back to the type rule, so a field added to the
 * table is covered without touching this class. The values are also legal for the business rules (dates in the past,
 * SSNs that can be issued), so a record passes validation as well as the codec.
 *
 * <p>Every block is present at its maximum count (a record of 121 + 8,354 bytes, the IGD's largest).
 */
public final class CsenetWidestValues {

    /** The date every date field carries: in the past, so the date rules accept it. */
    public static final String DATE = "20250630";
    /** Printable ASCII cycled through for alphanumeric fields: letters, digits, and XML's special characters. */
    private static final String TEXT = "WIDEST&VALUE<0123456789>'\"#/.,-ABCDEFGHIJKLMNOPQRSTUVXYZ";

    private final CsenetLayout layout;

    public CsenetWidestValues() {
        this(CsenetLayout.standard());
    }

    public CsenetWidestValues(CsenetLayout layout) {
        this.layout = layout;
    }

    /** What one transaction is: who sends it to whom, and its function, action and reason. */
    public record Transaction(String senderLocator, String receiverLocator, String function, String action,
                              String reason, String serialNumber, String senderCaseId) {
    }

    /** One field occurrence in a generated record, with where it is. */
    public record Placed(CsenetField field, String label, int offset, String value) {
        public String where() {
            return label + " " + field.name() + " @" + (offset + field.start());
        }
    }

    /** The widest record as the CSENet server delivers it (RECEIVED header: Local = the receiver). */
    public String record(Transaction t) {
        StringBuilder record = new StringBuilder();
        for (Placed p : fields(t)) {
            record.append(p.value());
        }
        return record.toString();
    }

    /** Every field occurrence of the widest record, in record order. */
    public List<Placed> fields(Transaction t) {
        List<Placed> placed = new ArrayList<>();
        BlockLayout header = layout.header(HeaderLayout.RECEIVED);
        for (CsenetField f : header.fields()) {
            placed.add(new Placed(f, "Header", 0, headerValue(f, t)));
        }
        int offset = header.length();
        for (CsenetBlock block : CsenetBlock.dataBlocks()) {
            BlockLayout b = layout.block(block);
            for (int n = 1; n <= block.maxCount(); n++) {
                String label = block.maxCount() > 1 ? block.displayName() + " " + n : block.displayName();
                for (CsenetField f : b.fields()) {
                    placed.add(new Placed(f, label, offset, blockValue(f, n)));
                }
                offset += b.length();
            }
        }
        return placed;
    }

    // ----- the header -----

    private String headerValue(CsenetField f, Transaction t) {
        String name = f.name();
        String value = switch (name) {
            // RECEIVED: the server swapped the record, Local is the receiver (us), Other the sender
            case "Local-FIPS-State" -> t.receiverLocator().substring(0, 2);
            case "Local-FIPS-County" -> t.receiverLocator().substring(2, 5);
            case "Local-FIPS-Sub" -> t.receiverLocator().substring(5, 7);
            case "Other-FIPS-State" -> t.senderLocator().substring(0, 2);
            case "Other-FIPS-County" -> t.senderLocator().substring(2, 5);
            case "Other-FIPS-Sub" -> t.senderLocator().substring(5, 7);
            case "CSENet-Version-Number" -> "003";
            case "Transaction-Serial-Number" -> t.serialNumber();
            case "Action-Code" -> t.action();
            case "Functional-Type-Code" -> t.function();
            case "Case-ID" -> caseId("R"); // ours, as the sender knows it
            case "Other-Case-ID" -> t.senderCaseId();
            case "Action-Reason" -> t.reason() == null ? "" : t.reason();
            case "Attachments-Ind." -> "Y";
            case "Time-Received" -> "235959";
            default -> null;
        };
        if (value != null) {
            return pad(f, value);
        }
        if (name.endsWith("-Ind.")) {
            return String.valueOf(maxCount(name)); // block indicators: every block at its maximum count
        }
        return byType(f, 0);
    }

    private int maxCount(String indicator) {
        return CsenetTransactionParser.INDICATORS.entrySet().stream().filter(e -> e.getValue().equals(indicator))
                .map(e -> e.getKey().maxCount()).findFirst()
                .orElseThrow(() -> new IllegalStateException("not a block indicator: " + indicator));
    }

    // ----- data blocks -----

    /** Codes by field name: the IGD's code tables (brief 1.10); each is a legal value of the field's full width. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("Case-Type", "T"), Map.entry("Case-Status", "O"), Map.entry("Participant-Status", "O"),
            Map.entry("Status-Change-Code", "O"), Map.entry("Race", "W"), Map.entry("Gender", "F"),
            Map.entry("Hair-Color", "BK"), Map.entry("Eye-Color", "BN"), Map.entry("Dependent-Relation-CP", "C"),
            Map.entry("Dependent-Paternity-Status", "Y"), Map.entry("Order-Type", "J"), Map.entry("Debt-Type", "CS"),
            Map.entry("Order-Freq.", "M"), Map.entry("Order-Arrears-Freq.", "M"),
            Map.entry("Controlling-Order-Flag", "P"), Map.entry("Payment-Source", "I"),
            Map.entry("Interstate-Payment-Method", "E"), Map.entry("Address-Confirmed", "Y"),
            Map.entry("Employer-Confirmed", "Y"),
            // Y/N flags
            Map.entry("Nondisclosure-Finding", "N"), Map.entry("Possibly-Dangerous", "N"),
            Map.entry("Medical-Ordered", "Y"), Map.entry("New-Order-Flag", "N"),
            // bounded numbers: the largest legal value
            Map.entry("Height-Ft.", "9"), Map.entry("Height-In.", "11"), Map.entry("Weight", "999"),
            Map.entry("Wage-Qtr", "4"), Map.entry("Wage2-Qtr", "4"), Map.entry("Wage3-Qtr", "4"),
            Map.entry("Wage-Year", "2025"), Map.entry("Wage2-Year", "2025"), Map.entry("Wage3-Year", "2025"),
            // issuable SSNs (area below 900, never 666; group and serial not zero)
            Map.entry("SSN", "899999999"), Map.entry("Alias-SSN-1", "899999998"),
            Map.entry("Alias-SSN-2", "899999997"),
            // the order was issued by a county-level tribunal of this (receiving) state's neighbour: any legal FIPS
            Map.entry("Order-FIPS-State", "36"), Map.entry("Order-FIPS-County", "000"),
            Map.entry("Order-FIPS-Sub", "9Z"),
            Map.entry("Payment-FIPS-State", "36"), Map.entry("Payment-FIPS-County", "000"),
            Map.entry("Payment-FIPS-Sub", "9Z"),
            // signed: the largest positive amount the 12 positions hold
            Map.entry("Order-Arrears-Total-Amount", "999999999999"));

    private String blockValue(CsenetField f, int occurrence) {
        String name = f.name();
        if (f.block() == CsenetBlock.PARTICIPANT && name.equals("Relationship")) {
            return occurrence == 1 ? "C" : "D"; // the custodial party, then dependents
        }
        if (name.equals("New-Case-ID")) {
            return caseId("N");
        }
        if (CODES.containsKey(name)) {
            return pad(f, CODES.get(name));
        }
        if (name.endsWith("Confirmed-Ind.")) {
            return "Y";
        }
        if (name.endsWith("-State") || name.equals("State-With-CEJ")
                || name.equals("Dependent-Child-State-Of-Residence")) {
            return "NY"; // two-letter state abbreviation
        }
        return byType(f, occurrence);
    }

    // ----- type rules -----

    private static String byType(CsenetField f, int occurrence) {
        if (f.numeric()) {
            if (isDate(f)) {
                return DATE;
            }
            return "9".repeat(f.length()); // the largest value of the full width
        }
        return text(f.length(), f.start() + occurrence);
    }

    /** Dates by the table: 8-digit numeric fields named as dates (brief 1.7: CCYYMMDD). */
    static boolean isDate(CsenetField f) {
        String n = f.name();
        return f.numeric() && f.length() == 8 && (n.contains("Date") || n.contains("-From-") || n.contains("-Thru-"));
    }

    /** {@code length} printable characters starting at {@code seed} in {@link #TEXT}; first and last never blank. */
    static String text(int length, int seed) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(TEXT.charAt(Math.floorMod(seed + i, TEXT.length())));
        }
        if (length > 2) {
            s.setCharAt(length / 2, ' '); // a blank inside the value must survive too
        }
        return s.toString();
    }

    /** A 15-character case id that follows the IGD rules (no leading blank, not only zeros, no '*' or '\'). */
    private static String caseId(String prefix) {
        return (prefix + "WIDEST-CASE-ID-0123456789").substring(0, 15);
    }

    private static String pad(CsenetField f, String value) {
        if (value.length() > f.length()) {
            throw new IllegalArgumentException(f.name() + ": " + value + " is wider than " + f.length());
        }
        return f.numeric() ? "0".repeat(f.length() - value.length()) + value
                : value + " ".repeat(f.length() - value.length());
    }
}
