package org.csx.gateway.csenet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.csx.gateway.contract.transmittal.AddressType;
import org.csx.gateway.contract.transmittal.ArrearsPeriodType;
import org.csx.gateway.contract.transmittal.CaseType;
import org.csx.gateway.contract.transmittal.CaseTypeCode;
import org.csx.gateway.contract.transmittal.CollectionType;
import org.csx.gateway.contract.transmittal.ConfirmedIndicator;
import org.csx.gateway.contract.transmittal.ControllingOrderFlag;
import org.csx.gateway.contract.transmittal.DebtType;
import org.csx.gateway.contract.transmittal.DependentRelationToCp;
import org.csx.gateway.contract.transmittal.EmployerType;
import org.csx.gateway.contract.transmittal.EyeColor;
import org.csx.gateway.contract.transmittal.Frequency;
import org.csx.gateway.contract.transmittal.Gender;
import org.csx.gateway.contract.transmittal.HairColor;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.LastEmployerType;
import org.csx.gateway.contract.transmittal.LastKnownAddressType;
import org.csx.gateway.contract.transmittal.LocatedAddressType;
import org.csx.gateway.contract.transmittal.NcpIdentificationType;
import org.csx.gateway.contract.transmittal.NcpLocateType;
import org.csx.gateway.contract.transmittal.OpenClosed;
import org.csx.gateway.contract.transmittal.OrderType;
import org.csx.gateway.contract.transmittal.OrderTypeCode;
import org.csx.gateway.contract.transmittal.ParticipantEmployerType;
import org.csx.gateway.contract.transmittal.ParticipantType;
import org.csx.gateway.contract.transmittal.PaymentMethod;
import org.csx.gateway.contract.transmittal.PaymentSource;
import org.csx.gateway.contract.transmittal.PersonNameType;
import org.csx.gateway.contract.transmittal.Race;
import org.csx.gateway.contract.transmittal.Relationship;

/**
 * CSENet data blocks to transmittal elements, one method per block, field by field (brief 1.9, 1.10).
 * Grouped structures (names, addresses, employers, arrears periods) are created only when at least one of their
 * fields is present; if one is present without the field the contract requires (e.g. an address without line 1)
 * that is reported, so every successful parse gives a transmittal the contract accepts.
 * Repeated groups (aliases, alias SSNs, employers, text lines) keep their CSENet order; gaps close up, except
 * text lines, where blank lines between filled ones are kept as empty strings so line numbers survive.
 */
final class DataBlockDecoder {
    static final Set<String> PATERNITY_STATUS = Set.of("Y", "N", "1", "2", "3", "4", "5", "6");

    private DataBlockDecoder() {
    }

    static CaseType caseBlock(FieldReader r) {
        CaseType c = new CaseType();
        c.setCaseType(r.require(r.code("Case-Type", CaseTypeCode::fromValue), "Case-Type"));
        c.setCaseStatus(r.require(r.code("Case-Status", OpenClosed::fromValue), "Case-Status"));
        c.setPaymentAddress(address(r, "Payment-Mail-Address-Line-1", "Payment-Mail-Address-Line-2", "Payment-City",
                "Payment-State", "Payment-Zip-1", "Payment-Zip-2"));
        c.setContactName(name(r, "Contact-Name-Last", "Contact-Name-First", "Contact-Name-Middle",
                "Contact-Name-Suffix"));
        c.setContactAddress(address(r, "Contact-Address-Line-1", "Contact-Address-Line-2", "Contact-City",
                "Contact-State", "Contact-Zip-1", "Contact-Zip-2"));
        c.setContactPhone(r.digits("Contact-Phone-Num."));
        c.setContactPhoneExtension(r.text("Phone-Extension"));
        c.setRespondingDocketNumber(r.text("Responding-Docket-Num."));
        c.setContactFax(r.digits("Fax"));
        c.setContactEmail(r.text("Internet-Address"));
        c.setInitiatingDocketNumber(r.text("Initiating-Docket-Num."));
        c.setSendPaymentsBankAccount(r.digits("Send-Payments-Bank-Account"));
        c.setSendPaymentsRoutingCode(r.digits("Send-Payments-Routing-Code"));
        c.setStateWithCej(r.state("State-With-CEJ"));
        c.setPaymentLocatorCode(r.locator("Payment-FIPS-State", "Payment-FIPS-County", "Payment-FIPS-Sub"));
        c.setNondisclosureFinding(r.yesNo("Nondisclosure-Finding"));
        return c;
    }

    static NcpIdentificationType ncpIdentification(FieldReader r) {
        NcpIdentificationType n = new NcpIdentificationType();
        n.setName(requiredName(r, "Name-Last", "Name-First", "Name-Middle", "Name-Suffix"));
        n.setSsn(r.digits("SSN"));
        n.setDateOfBirth(r.date("Date-Of-Birth"));
        n.setRace(r.code("Race", Race::fromValue));
        n.setGender(r.code("Gender", Gender::fromValue));
        n.setPlaceOfBirth(r.text("Place-Of-Birth"));
        n.setHeightFeet(r.integer("Height-Ft.", 0, 9));
        n.setHeightInches(r.integer("Height-In.", 0, 11));
        n.setWeightPounds(r.integer("Weight"));
        n.setHairColor(r.code("Hair-Color", HairColor::fromValue));
        n.setEyeColor(r.code("Eye-Color", EyeColor::fromValue));
        n.setDistinguishingMarks(r.text("Distinguishing-Marks"));
        addIfPresent(n.getAliasSsn(), r.digits("Alias-SSN-1"));
        addIfPresent(n.getAliasSsn(), r.digits("Alias-SSN-2"));
        n.setPossiblyDangerous(r.yesNo("Possibly-Dangerous"));
        n.setMaidenName(r.text("Maiden-Name"));
        n.setMothersMaidenOrFathersName(r.text("Mother's-Maiden-Or-Father's-Name"));
        return n;
    }

    static NcpLocateType ncpLocate(FieldReader r) {
        NcpLocateType l = new NcpLocateType();
        l.setResidentialAddress(locatedAddress(r, "Residential-", "Residential-Address-"));
        l.setMailingAddress(locatedAddress(r, "Mailing-", "Mailing-Address-"));
        l.setHomePhone(r.digits("Home-Phone-Num."));
        l.setWorkPhone(r.digits("Work-Phone-Num."));
        l.setDriversLicenseState(r.state("Drivers-License-State"));
        l.setDriversLicenseNumber(r.text("Drivers-License-Num."));
        for (int i = 1; i <= 3; i++) {
            String p = "Alias-" + i + "-";
            addIfPresent(l.getAlias(), name(r, p + "Last", p + "First", p + "Middle", p + "Suffix"));
        }
        l.setSpouseName(name(r, "Spouse-Name-Last", "Spouse-Name-First", "Spouse-Name-Middle", "Spouse-Name-Suffix"));
        l.setOccupation(r.text("Occupation"));
        addIfPresent(l.getEmployer(), employer(r, "Employer", "Wage"));
        addIfPresent(l.getEmployer(), employer(r, "Employer2", "Wage2"));
        addIfPresent(l.getEmployer(), employer(r, "Employer3", "Wage3"));
        l.setInsuranceCarrierName(r.text("Insurance-Carrier-Name"));
        l.setInsurancePolicyNumber(r.text("Insurance-Policy-Num."));
        l.setLastResidentialAddress(lastKnownAddress(r, "Last-Res."));
        l.setLastMailingAddress(lastKnownAddress(r, "Last-Mail"));
        l.setLastEmployer(lastEmployer(r));
        l.setProfessionalLicenses(r.text("Professional-Licenses"));
        return l;
    }

    static ParticipantType participant(FieldReader r) {
        ParticipantType p = new ParticipantType();
        p.setName(requiredName(r, "Name-Last", "Name-First", "Name-Middle", "Name-Suffix"));
        p.setDateOfBirth(r.date("Date-Of-Birth"));
        p.setSsn(r.digits("SSN"));
        p.setGender(r.code("Gender", Gender::fromValue));
        p.setRace(r.code("Race", Race::fromValue));
        p.setRelationship(r.require(r.code("Relationship", Relationship::fromValue), "Relationship"));
        p.setParticipantStatus(r.code("Participant-Status", OpenClosed::fromValue));
        p.setDependentRelationToCp(r.code("Dependent-Relation-CP", DependentRelationToCp::fromValue));
        // "Participant Address-Line-2" (with a space) is the IGD extraction's spelling.
        p.setAddress(address(r, "Participant-Address-Line-1", "Participant Address-Line-2", "Participant-City",
                "Participant-State", "Participant-Zip-1", "Participant-Zip-2"));
        p.setEmployer(participantEmployer(r));
        p.setAddressConfirmed(r.code("Address-Confirmed", ConfirmedIndicator::fromValue));
        p.setAddressConfirmedDate(r.date("Date-Address-Confirmed"));
        p.setEmployerConfirmed(r.code("Employer-Confirmed", ConfirmedIndicator::fromValue));
        p.setEmployerConfirmedDate(r.date("Date-Employer-Confirmed"));
        p.setWorkPhone(r.digits("Work-Phone"));
        p.setPlaceOfBirth(r.text("Place-Of-Birth"));
        p.setChildStateOfResidence(r.state("Dependent-Child-State-Of-Residence"));
        p.setPaternityStatus(r.code("Dependent-Paternity-Status", PATERNITY_STATUS));
        return p;
    }

    static OrderType order(FieldReader r) {
        OrderType o = new OrderType();
        o.setOrderLocatorCode(r.locator("Order-FIPS-State", "Order-FIPS-County", "Order-FIPS-Sub"));
        o.setOrderId(r.require(r.text("Order-ID"), "Order-ID"));
        o.setFilingDate(r.date("Order-Filing-Date"));
        o.setOrderType(r.code("Order-Type", OrderTypeCode::fromValue));
        o.setDebtType(r.code("Debt-Type", DebtType::fromValue));
        o.setFrequency(r.code("Order-Freq.", Frequency::fromValue));
        o.setFrequencyAmount(r.money("Order-Freq.-Amount"));
        o.setEffectiveDate(r.date("Order-Effective-Date"));
        o.setEndDate(r.date("Order-End-Date"));
        o.setCancelDate(r.date("Order-Cancel-Date"));
        o.setArrearsFrequency(r.code("Order-Arrears-Freq.", Frequency::fromValue));
        o.setArrearsFrequencyAmount(r.money("Order-Arrears-Freq.-Amount"));
        o.setArrearsTotalAmount(r.signedMoney("Order-Arrears-Total-Amount"));
        o.setTanfArrears(arrears(r, "Arrears-TANF-From-Date", "Arrears-TANF-Thru-Date", "Arrears-TANF-Amount"));
        o.setNonTanfArrears(arrears(r, "Arrears-Non-TANF-From-Date", "Arrears-Non-TANF-Thru-Date",
                "Arrears-Non-TANF-Amount"));
        o.setFosterCareArrears(arrears(r, "Foster-Care-From-Date", "Foster-Care-Thru-Date", "Foster-Care-Amount"));
        o.setMedicalArrears(arrears(r, "Medical-From-Date", "Medical-Thru-Date", "Medical-Amount"));
        o.setMedicalOrdered(r.yesNo("Medical-Ordered"));
        o.setTribunalCaseNumber(r.text("Tribunal-Case-Number"));
        o.setDateOfLastPayment(r.date("Date-Of-Last-Payment"));
        o.setControllingOrderFlag(r.code("Controlling-Order-Flag", ControllingOrderFlag::fromValue));
        o.setNewOrder(r.yesNo("New-Order-Flag"));
        o.setDocketNumber(r.text("Docket-Num."));
        return o;
    }

    static CollectionType collection(FieldReader r) {
        CollectionType c = new CollectionType();
        c.setCollectionDate(r.require(r.date("Date-Of-Collection"), "Date-Of-Collection"));
        c.setPostingDate(r.date("Date-Of-Posting"));
        c.setPaymentAmount(r.require(r.money("Payment-Amount"), "Payment-Amount"));
        c.setPaymentSource(r.code("Payment-Source", PaymentSource::fromValue));
        c.setPaymentMethod(r.code("Interstate-Payment-Method", PaymentMethod::fromValue));
        c.setRdfiId(r.text("RDFI-ID"));
        c.setRdfiAccountNumber(r.text("RDFI-Account-Num."));
        return c;
    }

    static InformationType information(FieldReader r) {
        InformationType i = new InformationType();
        i.setStatusChangeCode(r.code("Status-Change-Code", OpenClosed::fromValue));
        i.setNewCaseId(CaseIds.read(r, "New-Case-ID"));
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            String line = r.text("Information-Text-Line-" + n);
            lines.add(line == null ? "" : line);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        i.getTextLine().addAll(lines);
        return i;
    }

    // ----- shared shapes -----

    private static PersonNameType name(FieldReader r, String last, String first, String middle, String suffix) {
        PersonNameType n = new PersonNameType();
        n.setFirst(r.text(first));
        n.setMiddle(r.text(middle));
        n.setSuffix(r.text(suffix));
        n.setLast(r.text(last));
        if (allNull(n.getLast(), n.getFirst(), n.getMiddle(), n.getSuffix())) {
            return null;
        }
        r.require(n.getLast(), last);
        return n;
    }

    /** A person's name where the block itself requires one (NCP-ID, participant). */
    private static PersonNameType requiredName(FieldReader r, String last, String first, String middle,
            String suffix) {
        PersonNameType n = name(r, last, first, middle, suffix);
        if (n == null) {
            r.require(null, last);
        }
        return n;
    }

    private static AddressType address(FieldReader r, String line1, String line2, String city, String state,
            String zip5, String zip4) {
        AddressType a = new AddressType();
        a.setLine1(r.text(line1));
        a.setLine2(r.text(line2));
        a.setCity(r.text(city));
        a.setState(r.state(state));
        a.setZip5(r.digits(zip5));
        a.setZip4(r.digits(zip4));
        if (allNull(a.getLine1(), a.getLine2(), a.getCity(), a.getState(), a.getZip5(), a.getZip4())) {
            return null;
        }
        r.require(a.getLine1(), line1);
        return a;
    }

    /** Residential or mailing address with dates and the confirmed flag, e.g. prefix "Residential-". */
    private static LocatedAddressType locatedAddress(FieldReader r, String prefix, String datePrefix) {
        LocatedAddressType l = new LocatedAddressType();
        l.setAddress(address(r, prefix + "Address-Line-1", prefix + "Address-Line-2", prefix + "City",
                prefix + "State", prefix + "Zip-1", prefix + "Zip-2"));
        l.setEffectiveDate(r.date(datePrefix + "Effective-Date"));
        l.setEndDate(r.date(datePrefix + "End-Date"));
        l.setConfirmed(r.code(datePrefix + "Confirmed-Ind.", ConfirmedIndicator::fromValue));
        if (allNull(l.getAddress(), l.getEffectiveDate(), l.getEndDate(), l.getConfirmed())) {
            return null;
        }
        r.require(l.getAddress(), prefix + "Address-Line-1");
        return l;
    }

    /** "Last-Res." or "Last-Mail" address with its date. */
    private static LastKnownAddressType lastKnownAddress(FieldReader r, String prefix) {
        LastKnownAddressType l = new LastKnownAddressType();
        l.setAddress(address(r, prefix + "-Address-Line-1", prefix + "-Address-Line-2", prefix + "-City",
                prefix + "-State", prefix + "-Zip-1", prefix + "-Zip-2"));
        l.setDate(r.date(prefix + "-Address-Date"));
        if (allNull(l.getAddress(), l.getDate())) {
            return null;
        }
        r.require(l.getAddress(), prefix + "-Address-Line-1");
        return l;
    }

    /** Employer 1-3 of the locate block: prefix "Employer"/"Employer2"/"Employer3", wage "Wage"/"Wage2"/"Wage3". */
    private static EmployerType employer(FieldReader r, String prefix, String wage) {
        EmployerType e = new EmployerType();
        e.setEin(r.digits(prefix + "-EIN"));
        e.setName(r.text(prefix + "-Name"));
        e.setAddress(address(r, prefix + "-Address-Line-1", prefix + "-Address-Line-2", prefix + "-City",
                prefix + "-State", prefix + "-Zip-1", prefix + "-Zip-2"));
        e.setPhone(r.digits(prefix + "-Phone-Num."));
        e.setEffectiveDate(r.date(prefix + "-Effective-Date"));
        e.setEndDate(r.date(prefix + "-End-Date"));
        e.setConfirmed(r.code(prefix + "-Confirmed-Ind.", ConfirmedIndicator::fromValue));
        e.setWageQuarter(r.integer(wage + "-Qtr", 1, 4));
        e.setWageYear(r.integer(wage + "-Year", 1900, 2999));
        e.setWageAmount(r.money(wage + "-Amount"));
        if (allNull(e.getEin(), e.getName(), e.getAddress(), e.getPhone(), e.getEffectiveDate(), e.getEndDate(),
                e.getConfirmed(), e.getWageQuarter(), e.getWageYear(), e.getWageAmount())) {
            return null;
        }
        r.require(e.getName(), prefix + "-Name");
        return e;
    }

    private static LastEmployerType lastEmployer(FieldReader r) {
        LastEmployerType e = new LastEmployerType();
        e.setName(r.text("Last-Employer"));
        e.setDate(r.date("Last-Employer-Date"));
        e.setAddress(address(r, "Last-Employer-Address-Line-1", "Last-Employer-Address-Line-2", "Last-Employer-City",
                "Last-Employer-State", "Last-Employer-Zip-1", "Last-Employer-Zip-2"));
        e.setEffectiveDate(r.date("Last-Employer-Eff.-Date"));
        if (allNull(e.getName(), e.getDate(), e.getAddress(), e.getEffectiveDate())) {
            return null;
        }
        r.require(e.getName(), "Last-Employer");
        return e;
    }

    private static ParticipantEmployerType participantEmployer(FieldReader r) {
        String p = "Participant-Employer-Info.-Emp.-";
        ParticipantEmployerType e = new ParticipantEmployerType();
        e.setName(r.text(p + "Name"));
        e.setAddress(address(r, p + "Street-Line-1", p + "Street-Line-2", p + "City", p + "State", p + "Zip-1",
                p + "Zip-2"));
        e.setEin(r.digits("Emp-EIN"));
        if (allNull(e.getName(), e.getAddress(), e.getEin())) {
            return null;
        }
        r.require(e.getName(), p + "Name");
        return e;
    }

    private static ArrearsPeriodType arrears(FieldReader r, String from, String thru, String amount) {
        ArrearsPeriodType a = new ArrearsPeriodType();
        a.setFromDate(r.date(from));
        a.setThroughDate(r.date(thru));
        a.setAmount(r.money(amount));
        return allNull(a.getFromDate(), a.getThroughDate(), a.getAmount()) ? null : a;
    }

    private static <T> void addIfPresent(List<T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static boolean allNull(Object... values) {
        for (Object v : values) {
            if (!Objects.isNull(v)) {
                return false;
            }
        }
        return true;
    }
}
