package org.csx.gateway.csenet;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.csx.gateway.contract.transmittal.*;

/**
 * Synthetic CSENet traffic for tests and the benchmark: a reproducible (seeded) mix of LO1 R, PAT R,
 * EST R SRORD, ENF R ERREG, MSC R GRUPD and CSI R FRINF transactions that other states send to New York ("36"),
 * addressed to New York counties from {@code reference/fips-counties.csv}; and, on request, the widest transaction
 * a sender can send ({@link #widestRecord}: every field at the widest value its layout allows).
 *
 * <p>Each transaction satisfies the brief 1.8 indicator rules for its type (case block, NCP-ID, NCP locate with
 * an address, at least two participants: a CP and a dependent with a date of birth, an order for ENF requests,
 * Other-Case-ID for CSI), and the case id rules. SSNs are 555-GG-SSSS with a non-zero group and serial; names,
 * addresses and amounts are made up. Not thread-safe; one generator per thread.
 */
public final class CsenetSampleGenerator {
    private static final String[][] SENDERS = {
        {"06", "CA"}, {"12", "FL"}, {"48", "TX"}, {"34", "NJ"}, {"42", "PA"}, {"13", "GA"}, {"17", "IL"}, {"09", "CT"}};
    private static final String[] LAST = {"ALDERWOOD", "BRISTLECONE", "CEDARHOLM", "DUNMORROW", "EVERSLEY",
        "FERNBROOK", "GALLOWAY", "HOLLISTER", "IVERMOOR", "JUNIPERO"};
    private static final String[] FIRST = {"AVERY", "BLAKE", "CASEY", "DREW", "EMERY", "FINLEY", "HARPER", "JORDAN",
        "MORGAN", "QUINN", "RILEY", "SAGE"};
    private static final String[] STREETS = {"MAPLE ST", "OAK AVE", "PINE RD", "ELM CT", "BIRCH LN", "CEDAR WAY"};
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    private final Random random;
    private final Random extensions;
    private final List<String> nyCounties;
    private final Map<String, Long> serials = new HashMap<>();
    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();
    private final CsenetWidestValues widest = new CsenetWidestValues();
    private long sequence;

    public CsenetSampleGenerator(long seed) {
        this.random = new Random(seed);
        // its own sequence, so the rest of each generated transaction stays what it was before extensions were added
        this.extensions = new Random(seed + 1);
        this.nyCounties = newYorkCounties();
    }

    /** The next transaction, as the canonical transmittal. */
    public TransmittalType next() {
        String[] sender = SENDERS[random.nextInt(SENDERS.length)];
        TransmittalType t = new TransmittalType();
        int kind = (int) (sequence++ % 6);
        switch (kind) {
            case 0 -> lo1(t, sender);
            case 1 -> establishment(t, sender, FunctionalType.PAT, null);
            case 2 -> establishment(t, sender, FunctionalType.EST, "SRORD");
            case 3 -> enforcement(t, sender);
            case 4 -> statusRequest(t, sender);
            default -> caseInformation(t, sender);
        }
        return t;
    }

    /** The next transaction as a CSENet record (no line terminator). */
    public String nextRecord(HeaderLayout layout) {
        return writer.write(next(), layout);
    }

    /**
     * The widest transaction a sender can send (RECEIVED layout, as the CSENet server delivers it): every field of
     * every block at the widest value the layout allows ({@link CsenetWidestValues}), addressed to a New York county.
     *
     * @param senderLocator the sender's 7-character locator code (its state FIPS first)
     * @param reason        the action reason, or null for PAT/LO1 requests without one
     * @param serial        the transaction serial number (unique per sender)
     */
    public String widestRecord(String senderLocator, FunctionalType function, ActionCode action, String reason,
                               long serial) {
        String caseId = ("W" + senderLocator + "-" + String.format("%06d", serial)).substring(0, 15);
        return widest.record(new CsenetWidestValues.Transaction(senderLocator,
                "36" + nyCounties.get(random.nextInt(nyCounties.size())) + "00", function.value(), action.value(),
                reason, String.format("%012d", serial), caseId));
    }

    /** Writes {@code count} records, one per line (LF), streaming. */
    public void writeFile(Path file, int count, HeaderLayout layout) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < count; i++) {
                out.write(nextRecord(layout));
                out.write('\n');
            }
        }
    }

    // ----- transaction types -----

    private void lo1(TransmittalType t, String[] sender) {
        t.setHeader(header(sender, FunctionalType.LO_1, null, false));
        t.setCase(caseBlock(sender, false));
        t.setNcpIdentification(ncp());
        if (random.nextBoolean()) {
            t.setNcpLocate(locate());
        }
    }

    private void establishment(TransmittalType t, String[] sender, FunctionalType function, String reason) {
        t.setHeader(header(sender, function, reason, false));
        t.setCase(caseBlock(sender, true));
        t.setNcpIdentification(ncp());
        t.setNcpLocate(locate());
        family(t);
    }

    private void enforcement(TransmittalType t, String[] sender) {
        establishment(t, sender, FunctionalType.ENF, "ERREG");
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            t.getOrder().add(order(sender));
        }
    }

    private void statusRequest(TransmittalType t, String[] sender) {
        t.setHeader(header(sender, FunctionalType.MSC, "GRUPD", true));
        InformationType info = new InformationType();
        info.setStatusChangeCode(OpenClosed.O);
        info.getTextLine().add("PLEASE PROVIDE A STATUS UPDATE ON THIS CASE.");
        t.setInformation(info);
    }

    private void caseInformation(TransmittalType t, String[] sender) {
        t.setHeader(header(sender, FunctionalType.CSI, "FRINF", true));
        if (random.nextBoolean()) {
            t.setCase(caseBlock(sender, false));
        }
    }

    // ----- blocks -----

    private HeaderType header(String[] sender, FunctionalType function, String reason, boolean knowsOurCase) {
        HeaderType h = new HeaderType();
        SenderType s = new SenderType();
        s.setKind(SenderKind.STATE_IV_D_AGENCY);
        s.setLocatorCode(sender[0] + "00000");
        h.setSender(s);
        h.setReceiverLocatorCode("36" + nyCounties.get(random.nextInt(nyCounties.size())) + "00");
        h.setCsenetVersion("003");
        long serial = serials.merge(sender[0], 1L, Long::sum);
        h.setTransactionSerialNumber(String.format("%012d", serial));
        h.setFunctionalType(function);
        h.setActionCode(ActionCode.R);
        h.setActionReason(reason);
        h.setTransactionDate(TODAY.minusDays(random.nextInt(30)));
        h.setSenderCaseId(sender[1] + String.format("%011d", 1 + random.nextInt(999_999_999)));
        if (knowsOurCase) {
            h.setReceiverCaseId("NY" + String.format("%010d", 1 + random.nextInt(999_999_999)));
        }
        h.setAttachmentsIndicator(false);
        return h;
    }

    private CaseType caseBlock(String[] sender, boolean paymentAddress) {
        CaseType c = new CaseType();
        c.setCaseType(random.nextBoolean() ? CaseTypeCode.S : CaseTypeCode.T);
        c.setCaseStatus(OpenClosed.O);
        if (paymentAddress || random.nextBoolean()) {
            c.setPaymentAddress(address(sender[1]));
            c.setPaymentLocatorCode(sender[0] + "00000");
        }
        c.setContactName(name());
        c.setContactPhone("555555" + digits(4));
        // 1 to 6 characters: the Case block's Phone-Extension is 6 wide (issue 11 found a decoder that cut it at 3)
        c.setContactPhoneExtension(Integer.toString(extensions.nextInt(1_000_000)));
        return c;
    }

    private NcpIdentificationType ncp() {
        NcpIdentificationType n = new NcpIdentificationType();
        n.setName(name());
        n.setSsn(ssn());
        n.setDateOfBirth(TODAY.minusYears(25 + random.nextInt(30)).minusDays(random.nextInt(365)));
        n.setGender(random.nextBoolean() ? Gender.M : Gender.F);
        n.setHeightFeet(5 + random.nextInt(2));
        n.setHeightInches(random.nextInt(12));
        return n;
    }

    private NcpLocateType locate() {
        NcpLocateType l = new NcpLocateType();
        LocatedAddressType home = new LocatedAddressType();
        home.setAddress(address("NY"));
        home.setConfirmed(random.nextBoolean() ? ConfirmedIndicator.Y : ConfirmedIndicator.N);
        l.setResidentialAddress(home);
        if (random.nextBoolean()) {
            EmployerType e = new EmployerType();
            e.setEin("55" + digits(7));
            e.setName("EXAMPLE EMPLOYER " + digits(3));
            e.setAddress(address("NY"));
            e.setWageQuarter(1 + random.nextInt(4));
            e.setWageYear(2025);
            e.setWageAmount(money(5_000, 20_000));
            l.getEmployer().add(e);
        }
        return l;
    }

    /** A custodial party and one to three dependents. */
    private void family(TransmittalType t) {
        ParticipantType cp = participant(Relationship.C, TODAY.minusYears(25 + random.nextInt(20)));
        cp.setAddress(address("NY"));
        t.getParticipant().add(cp);
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            ParticipantType child = participant(Relationship.D, TODAY.minusYears(1 + random.nextInt(16)));
            child.setDependentRelationToCp(DependentRelationToCp.C);
            child.setPaternityStatus(random.nextBoolean() ? "Y" : "4");
            t.getParticipant().add(child);
        }
    }

    private ParticipantType participant(Relationship relationship, LocalDate dateOfBirth) {
        ParticipantType p = new ParticipantType();
        p.setName(name());
        p.setDateOfBirth(dateOfBirth.minusDays(random.nextInt(365)));
        p.setSsn(ssn());
        p.setGender(random.nextBoolean() ? Gender.M : Gender.F);
        p.setRelationship(relationship);
        p.setParticipantStatus(OpenClosed.O);
        return p;
    }

    private OrderType order(String[] sender) {
        OrderType o = new OrderType();
        o.setOrderLocatorCode(sender[0] + "00000");
        o.setOrderId(sender[1] + "-ORD-" + digits(6));
        o.setFilingDate(TODAY.minusYears(1 + random.nextInt(8)));
        o.setOrderType(OrderTypeCode.J);
        o.setDebtType(DebtType.CS);
        o.setFrequency(Frequency.M);
        o.setFrequencyAmount(money(100, 1_500));
        o.setEffectiveDate(o.getFilingDate().plusMonths(1));
        o.setArrearsTotalAmount(random.nextInt(10) == 0 ? money(1, 500).negate() : money(0, 20_000));
        o.setMedicalOrdered(random.nextBoolean());
        o.setControllingOrderFlag(ControllingOrderFlag.P);
        return o;
    }

    // ----- values -----

    private PersonNameType name() {
        PersonNameType n = new PersonNameType();
        n.setLast(LAST[random.nextInt(LAST.length)]);
        n.setFirst(FIRST[random.nextInt(FIRST.length)]);
        return n;
    }

    private AddressType address(String state) {
        AddressType a = new AddressType();
        a.setLine1((1 + random.nextInt(9_999)) + " " + STREETS[random.nextInt(STREETS.length)]);
        a.setCity("SAMPLEVILLE");
        a.setState(state);
        a.setZip5(digits(5));
        return a;
    }

    /** 555-GG-SSSS: area 555, group 01-99, serial 0001-9999 (valid shape, not issued for real people here). */
    private String ssn() {
        return String.format("555%02d%04d", 1 + random.nextInt(99), 1 + random.nextInt(9_999));
    }

    private BigDecimal money(int minDollars, int maxDollars) {
        long cents = (long) minDollars * 100 + random.nextInt((maxDollars - minDollars) * 100 + 1);
        return BigDecimal.valueOf(Math.max(cents, 1), 2);
    }

    private String digits(int count) {
        StringBuilder b = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private static List<String> newYorkCounties() {
        List<String> counties = new ArrayList<>();
        try (InputStream in = CsenetSampleGenerator.class.getResourceAsStream("/reference/fips-counties.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split(",");
                if (c.length > 2 && "36".equals(c[1])) {
                    counties.add(c[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (counties.isEmpty()) {
            throw new IllegalStateException("No New York counties in fips-counties.csv");
        }
        return counties;
    }
}
