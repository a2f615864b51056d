package org.csx.gateway.csenet;

import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.*;

/**
 * A transmittal with a distinct value in every CSENet field, and the bytes each field must become.
 * Synthetic data only. Header expectations are for the SENT layout (Local = the sender).
 */
final class TransmittalFixture {
    static final String SENDER = "36047A1";
    static final String RECEIVER = "06037B2";

    final TransmittalType transmittal = new TransmittalType();
    final Expectations header;
    /** One entry per block occurrence, in record order. */
    final List<Expectations> blocks = new ArrayList<>();

    private final CsenetLayout layout = CsenetLayout.standard();

    TransmittalFixture(int participants, int orders, int collections) {
        header = new Expectations(layout.header(HeaderLayout.SENT));
        transmittal.setHeader(header(participants, orders, collections));
        transmittal.setCase(caseBlock(add(CsenetBlock.CASE)));
        transmittal.setNcpIdentification(ncpIdentification(add(CsenetBlock.NCP_IDENTIFICATION)));
        transmittal.setNcpLocate(ncpLocate(add(CsenetBlock.NCP_LOCATE)));
        for (int i = 0; i < participants; i++) {
            transmittal.getParticipant().add(participant(add(CsenetBlock.PARTICIPANT), i));
        }
        for (int i = 0; i < orders; i++) {
            transmittal.getOrder().add(order(add(CsenetBlock.ORDER), i));
        }
        for (int i = 0; i < collections; i++) {
            transmittal.getCollection().add(collection(add(CsenetBlock.COLLECTION), i));
        }
        transmittal.setInformation(information(add(CsenetBlock.INFORMATION)));
    }

    private Expectations add(CsenetBlock block) {
        Expectations e = new Expectations(layout.block(block));
        blocks.add(e);
        return e;
    }

    private HeaderType header(int participants, int orders, int collections) {
        Expectations e = header;
        HeaderType h = new HeaderType();
        SenderType s = new SenderType();
        s.setKind(SenderKind.STATE_IV_D_AGENCY);
        s.setLocatorCode(SENDER);
        h.setSender(s);
        h.setReceiverLocatorCode(RECEIVER);
        e.raw("Local-FIPS-State", "36");
        e.raw("Local-FIPS-County", "047");
        e.raw("Local-FIPS-Sub", "A1");
        e.raw("Other-FIPS-State", "06");
        e.raw("Other-FIPS-County", "037");
        e.raw("Other-FIPS-Sub", "B2");
        h.setCsenetVersion(e.digits("CSENet-Version-Number", "003"));
        h.setTransactionSerialNumber(e.digits("Transaction-Serial-Number", "000000123457"));
        e.blank("Error-Reason-Code");
        e.blank("Transaction-Type");
        h.setActionCode(e.code("Action-Code", ActionCode.R, "R"));
        h.setFunctionalType(e.code("Functional-Type-Code", FunctionalType.ENF, "ENF"));
        h.setTransactionDate(e.date("Transaction-Date", "20260115"));
        h.setSenderCaseId(e.text("Case-ID"));
        h.setReceiverCaseId(e.text("Other-Case-ID"));
        h.setActionReason(e.text("Action-Reason", "ERREG"));
        h.setActionResolutionDate(e.date("Action-Resolution-Date", "20260220"));
        h.setAttachmentsIndicator(e.yesNo("Attachments-Ind.", true));
        e.raw("Case-Data-Ind.", "1");
        e.raw("NCP-Identification-Ind.", "1");
        e.raw("NCP-Locate-Data-Ind.", "1");
        e.raw("Participant-Data-Ind.", Integer.toString(participants));
        e.raw("Order-Data-Ind.", Integer.toString(orders));
        e.raw("Collection-Data-Ind.", Integer.toString(collections));
        e.raw("Information-Ind.", "1");
        // Written with stampedAt = 2026-03-04T05:06:07
        e.raw("Sent-Date", "20260304");
        e.raw("Sent-Time", "050607");
        e.zeros("Due-Date");
        e.zeros("Response-Date");
        e.raw("Overdue-Ind", "0");
        return h;
    }

    private static CaseType caseBlock(Expectations e) {
        CaseType c = new CaseType();
        c.setCaseType(e.code("Case-Type", CaseTypeCode.S, "S"));
        c.setCaseStatus(e.code("Case-Status", OpenClosed.O, "O"));
        c.setPaymentAddress(address(e, "Payment-Mail-Address-Line-1", "Payment-Mail-Address-Line-2", "Payment-City",
                "Payment-State", "Payment-Zip-1", "Payment-Zip-2", "CA"));
        c.setContactName(name(e, "Contact-Name-Last", "Contact-Name-First", "Contact-Name-Middle",
                "Contact-Name-Suffix"));
        c.setContactAddress(address(e, "Contact-Address-Line-1", "Contact-Address-Line-2", "Contact-City",
                "Contact-State", "Contact-Zip-1", "Contact-Zip-2", "NV"));
        c.setContactPhone(e.digits("Contact-Phone-Num.", "5555550101"));
        c.setContactPhoneExtension(e.text("Phone-Extension", "123"));
        c.setRespondingDocketNumber(e.text("Responding-Docket-Num."));
        c.setContactFax(e.digits("Fax", "5555550102"));
        c.setContactEmail(e.text("Internet-Address"));
        c.setInitiatingDocketNumber(e.text("Initiating-Docket-Num."));
        c.setSendPaymentsBankAccount(e.digits("Send-Payments-Bank-Account", "12345678901234567890"));
        c.setSendPaymentsRoutingCode(e.digits("Send-Payments-Routing-Code", "0210000211"));
        c.setStateWithCej(e.text("State-With-CEJ", "OR"));
        c.setPaymentLocatorCode("06000C3");
        e.raw("Payment-FIPS-State", "06");
        e.raw("Payment-FIPS-County", "000");
        e.raw("Payment-FIPS-Sub", "C3");
        c.setNondisclosureFinding(e.yesNo("Nondisclosure-Finding", true));
        return c;
    }

    private static NcpIdentificationType ncpIdentification(Expectations e) {
        NcpIdentificationType n = new NcpIdentificationType();
        n.setName(name(e, "Name-Last", "Name-First", "Name-Middle", "Name-Suffix"));
        n.setSsn(e.digits("SSN", "555123456"));
        n.setDateOfBirth(e.date("Date-Of-Birth", "19850303"));
        n.setRace(e.code("Race", Race.X, "X"));
        n.setGender(e.code("Gender", Gender.M, "M"));
        n.setPlaceOfBirth(e.text("Place-Of-Birth"));
        n.setHeightFeet(e.integer("Height-Ft.", 5));
        n.setHeightInches(e.integer("Height-In.", 11));
        n.setWeightPounds(e.integer("Weight", 182));
        n.setHairColor(e.code("Hair-Color", HairColor.BN, "BN"));
        n.setEyeColor(e.code("Eye-Color", EyeColor.HZ, "HZ"));
        n.setDistinguishingMarks(e.text("Distinguishing-Marks"));
        n.getAliasSsn().add(e.digits("Alias-SSN-1", "555223344"));
        n.getAliasSsn().add(e.digits("Alias-SSN-2", "555334455"));
        n.setPossiblyDangerous(e.yesNo("Possibly-Dangerous", false));
        n.setMaidenName(e.text("Maiden-Name"));
        n.setMothersMaidenOrFathersName(e.text("Mother's-Maiden-Or-Father's-Name"));
        return n;
    }

    private static NcpLocateType ncpLocate(Expectations e) {
        NcpLocateType l = new NcpLocateType();
        l.setResidentialAddress(located(e, "Residential-", "Residential-Address-", "20240101", "20251231", "Y", "NY"));
        l.setMailingAddress(located(e, "Mailing-", "Mailing-Address-", "20240202", "20251130", "P", "NJ"));
        l.setHomePhone(e.digits("Home-Phone-Num.", "5555550103"));
        l.setWorkPhone(e.digits("Work-Phone-Num.", "5555550104"));
        l.setDriversLicenseState(e.text("Drivers-License-State", "PA"));
        l.setDriversLicenseNumber(e.text("Drivers-License-Num."));
        for (int i = 1; i <= 3; i++) {
            String p = "Alias-" + i + "-";
            l.getAlias().add(name(e, p + "Last", p + "First", p + "Middle", p + "Suffix"));
        }
        l.setSpouseName(name(e, "Spouse-Name-Last", "Spouse-Name-First", "Spouse-Name-Middle", "Spouse-Name-Suffix"));
        l.setOccupation(e.text("Occupation"));
        l.getEmployer().add(employer(e, "Employer", "Wage", "550000001", 1, "2024", "CT"));
        l.getEmployer().add(employer(e, "Employer2", "Wage2", "550000002", 2, "2023", "MA"));
        l.getEmployer().add(employer(e, "Employer3", "Wage3", "550000003", 3, "2022", "VT"));
        l.setInsuranceCarrierName(e.text("Insurance-Carrier-Name"));
        l.setInsurancePolicyNumber(e.text("Insurance-Policy-Num."));
        LastKnownAddressType lastRes = new LastKnownAddressType();
        lastRes.setAddress(address(e, "Last-Res.-Address-Line-1", "Last-Res.-Address-Line-2", "Last-Res.-City",
                "Last-Res.-State", "Last-Res.-Zip-1", "Last-Res.-Zip-2", "OH"));
        lastRes.setDate(e.date("Last-Res.-Address-Date", "20200303"));
        l.setLastResidentialAddress(lastRes);
        LastKnownAddressType lastMail = new LastKnownAddressType();
        lastMail.setAddress(address(e, "Last-Mail-Address-Line-1", "Last-Mail-Address-Line-2", "Last-Mail-City",
                "Last-Mail-State", "Last-Mail-Zip-1", "Last-Mail-Zip-2", "MI"));
        lastMail.setDate(e.date("Last-Mail-Address-Date", "20200404"));
        l.setLastMailingAddress(lastMail);
        LastEmployerType last = new LastEmployerType();
        last.setName(e.text("Last-Employer"));
        last.setDate(e.date("Last-Employer-Date", "20190505"));
        last.setAddress(address(e, "Last-Employer-Address-Line-1", "Last-Employer-Address-Line-2",
                "Last-Employer-City", "Last-Employer-State", "Last-Employer-Zip-1", "Last-Employer-Zip-2", "IN"));
        last.setEffectiveDate(e.date("Last-Employer-Eff.-Date", "20180606"));
        l.setLastEmployer(last);
        l.setProfessionalLicenses(e.text("Professional-Licenses"));
        return l;
    }

    private static ParticipantType participant(Expectations e, int i) {
        ParticipantType p = new ParticipantType();
        p.setName(name(e, "Name-Last", "Name-First", "Name-Middle", "Name-Suffix"));
        p.setDateOfBirth(e.date("Date-Of-Birth", "2015120" + (i + 1)));
        p.setSsn(e.digits("SSN", "55540000" + (i + 1)));
        p.setGender(e.code("Gender", Gender.F, "F"));
        p.setRace(e.code("Race", Race.S, "S"));
        p.setRelationship(e.code("Relationship", Relationship.D, "D"));
        p.setParticipantStatus(e.code("Participant-Status", OpenClosed.C, "C"));
        p.setDependentRelationToCp(e.code("Dependent-Relation-CP", DependentRelationToCp.G, "G"));
        p.setAddress(address(e, "Participant-Address-Line-1", "Participant Address-Line-2", "Participant-City",
                "Participant-State", "Participant-Zip-1", "Participant-Zip-2", "TX"));
        ParticipantEmployerType emp = new ParticipantEmployerType();
        String pe = "Participant-Employer-Info.-Emp.-";
        emp.setName(e.text(pe + "Name"));
        emp.setAddress(address(e, pe + "Street-Line-1", pe + "Street-Line-2", pe + "City", pe + "State",
                pe + "Zip-1", pe + "Zip-2", "FL"));
        emp.setEin(e.digits("Emp-EIN", "55000010" + (i + 1)));
        p.setEmployer(emp);
        p.setAddressConfirmed(e.code("Address-Confirmed", ConfirmedIndicator.Y, "Y"));
        p.setAddressConfirmedDate(e.date("Date-Address-Confirmed", "20250101"));
        p.setEmployerConfirmed(e.code("Employer-Confirmed", ConfirmedIndicator.P, "P"));
        p.setEmployerConfirmedDate(e.date("Date-Employer-Confirmed", "20250202"));
        p.setWorkPhone(e.digits("Work-Phone", "555555020" + (i + 1)));
        p.setPlaceOfBirth(e.text("Place-Of-Birth"));
        p.setChildStateOfResidence(e.text("Dependent-Child-State-Of-Residence", "GA"));
        p.setPaternityStatus(e.text("Dependent-Paternity-Status", "4"));
        return p;
    }

    private static OrderType order(Expectations e, int i) {
        OrderType o = new OrderType();
        o.setOrderLocatorCode("0603700");
        e.raw("Order-FIPS-State", "06");
        e.raw("Order-FIPS-County", "037");
        e.raw("Order-FIPS-Sub", "00");
        o.setOrderId(e.text("Order-ID"));
        o.setFilingDate(e.date("Order-Filing-Date", "2016060" + (i + 1)));
        o.setOrderType(e.code("Order-Type", OrderTypeCode.J, "J"));
        o.setDebtType(e.code("Debt-Type", DebtType.MS, "MS"));
        o.setFrequency(e.code("Order-Freq.", Frequency.B, "B"));
        o.setFrequencyAmount(e.money("Order-Freq.-Amount", "45000" + i));
        o.setEffectiveDate(e.date("Order-Effective-Date", "20160701"));
        o.setEndDate(e.date("Order-End-Date", "20330701"));
        o.setCancelDate(e.date("Order-Cancel-Date", "20340101"));
        o.setArrearsFrequency(e.code("Order-Arrears-Freq.", Frequency.Q, "Q"));
        o.setArrearsFrequencyAmount(e.money("Order-Arrears-Freq.-Amount", "5000" + i));
        o.setArrearsTotalAmount(e.money("Order-Arrears-Total-Amount", "98765432101"));
        o.setTanfArrears(arrears(e, "Arrears-TANF-From-Date", "Arrears-TANF-Thru-Date", "Arrears-TANF-Amount",
                "20170101", "20171231", "111111"));
        o.setNonTanfArrears(arrears(e, "Arrears-Non-TANF-From-Date", "Arrears-Non-TANF-Thru-Date",
                "Arrears-Non-TANF-Amount", "20180101", "20181231", "222222"));
        o.setFosterCareArrears(arrears(e, "Foster-Care-From-Date", "Foster-Care-Thru-Date", "Foster-Care-Amount",
                "20190101", "20191231", "333333"));
        o.setMedicalArrears(arrears(e, "Medical-From-Date", "Medical-Thru-Date", "Medical-Amount",
                "20200101", "20201231", "444444"));
        o.setMedicalOrdered(e.yesNo("Medical-Ordered", true));
        o.setTribunalCaseNumber(e.text("Tribunal-Case-Number"));
        o.setDateOfLastPayment(e.date("Date-Of-Last-Payment", "20251215"));
        o.setControllingOrderFlag(e.code("Controlling-Order-Flag", ControllingOrderFlag.D, "D"));
        o.setNewOrder(e.yesNo("New-Order-Flag", false));
        o.setDocketNumber(e.text("Docket-Num."));
        return o;
    }

    private static CollectionType collection(Expectations e, int i) {
        CollectionType c = new CollectionType();
        c.setCollectionDate(e.date("Date-Of-Collection", "2025110" + (i + 1)));
        c.setPostingDate(e.date("Date-Of-Posting", "2025111" + (i + 1)));
        c.setPaymentAmount(e.money("Payment-Amount", "999999999999"));
        c.setPaymentSource(e.code("Payment-Source", PaymentSource.I, "I"));
        c.setPaymentMethod(e.code("Interstate-Payment-Method", PaymentMethod.E, "E"));
        c.setRdfiId(e.text("RDFI-ID"));
        c.setRdfiAccountNumber(e.text("RDFI-Account-Num."));
        return c;
    }

    private static InformationType information(Expectations e) {
        InformationType i = new InformationType();
        i.setStatusChangeCode(e.code("Status-Change-Code", OpenClosed.O, "O"));
        i.setNewCaseId(e.text("New-Case-ID"));
        for (int n = 1; n <= 5; n++) {
            i.getTextLine().add(e.text("Information-Text-Line-" + n));
        }
        return i;
    }

    // ----- shared shapes -----

    private static PersonNameType name(Expectations e, String last, String first, String middle, String suffix) {
        PersonNameType n = new PersonNameType();
        n.setLast(e.text(last));
        n.setFirst(e.text(first));
        n.setMiddle(e.text(middle));
        n.setSuffix(e.text(suffix, "III"));
        return n;
    }

    private static int zip;

    private static AddressType address(Expectations e, String line1, String line2, String city, String state,
            String zip5, String zip4, String stateCode) {
        AddressType a = new AddressType();
        a.setLine1(e.text(line1));
        a.setLine2(e.text(line2));
        a.setCity(e.text(city));
        a.setState(e.text(state, stateCode));
        zip = zip % 8999 + 1; // stays 4 digits in Zip-2 however many fixtures one JVM builds
        a.setZip5(e.digits(zip5, String.format("%05d", 10000 + zip)));
        a.setZip4(e.digits(zip4, String.format("%04d", 1000 + zip)));
        return a;
    }

    private static LocatedAddressType located(Expectations e, String prefix, String datePrefix, String from,
            String to, String confirmed, String state) {
        LocatedAddressType l = new LocatedAddressType();
        l.setAddress(address(e, prefix + "Address-Line-1", prefix + "Address-Line-2", prefix + "City",
                prefix + "State", prefix + "Zip-1", prefix + "Zip-2", state));
        l.setEffectiveDate(e.date(datePrefix + "Effective-Date", from));
        l.setEndDate(e.date(datePrefix + "End-Date", to));
        l.setConfirmed(e.code(datePrefix + "Confirmed-Ind.", ConfirmedIndicator.fromValue(confirmed), confirmed));
        return l;
    }

    private static EmployerType employer(Expectations e, String p, String wage, String ein, int quarter, String year,
            String state) {
        EmployerType emp = new EmployerType();
        emp.setEin(e.digits(p + "-EIN", ein));
        emp.setName(e.text(p + "-Name"));
        emp.setAddress(address(e, p + "-Address-Line-1", p + "-Address-Line-2", p + "-City", p + "-State",
                p + "-Zip-1", p + "-Zip-2", state));
        emp.setPhone(e.digits(p + "-Phone-Num.", "555555030" + quarter));
        emp.setEffectiveDate(e.date(p + "-Effective-Date", year + "0101"));
        emp.setEndDate(e.date(p + "-End-Date", year + "1231"));
        emp.setConfirmed(e.code(p + "-Confirmed-Ind.", ConfirmedIndicator.N, "N"));
        emp.setWageQuarter(e.integer(wage + "-Qtr", quarter));
        emp.setWageYear(e.integer(wage + "-Year", Integer.parseInt(year)));
        emp.setWageAmount(e.money(wage + "-Amount", "1234567" + quarter));
        return emp;
    }

    private static ArrearsPeriodType arrears(Expectations e, String from, String thru, String amount, String fromDate,
            String thruDate, String digits) {
        ArrearsPeriodType a = new ArrearsPeriodType();
        a.setFromDate(e.date(from, fromDate));
        a.setThroughDate(e.date(thru, thruDate));
        a.setAmount(e.money(amount, digits));
        return a;
    }
}
