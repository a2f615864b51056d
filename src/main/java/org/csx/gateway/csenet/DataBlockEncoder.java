package org.csx.gateway.csenet;

import java.util.List;
import java.util.function.Function;
import org.csx.gateway.contract.transmittal.AddressType;
import org.csx.gateway.contract.transmittal.ArrearsPeriodType;
import org.csx.gateway.contract.transmittal.CaseType;
import org.csx.gateway.contract.transmittal.CollectionType;
import org.csx.gateway.contract.transmittal.EmployerType;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.LastEmployerType;
import org.csx.gateway.contract.transmittal.LastKnownAddressType;
import org.csx.gateway.contract.transmittal.LocatedAddressType;
import org.csx.gateway.contract.transmittal.NcpIdentificationType;
import org.csx.gateway.contract.transmittal.NcpLocateType;
import org.csx.gateway.contract.transmittal.OrderType;
import org.csx.gateway.contract.transmittal.ParticipantEmployerType;
import org.csx.gateway.contract.transmittal.ParticipantType;
import org.csx.gateway.contract.transmittal.PersonNameType;

/** Transmittal elements to CSENet data blocks; the mirror of {@link DataBlockDecoder}, field for field. */
final class DataBlockEncoder {
    private DataBlockEncoder() {
    }

    static void caseBlock(FieldWriter w, CaseType c) {
        w.text("Case-Type", value(c.getCaseType(), e -> e.value()));
        w.text("Case-Status", value(c.getCaseStatus(), e -> e.value()));
        address(w, c.getPaymentAddress(), "Payment-Mail-Address-Line-1", "Payment-Mail-Address-Line-2",
                "Payment-City", "Payment-State", "Payment-Zip-1", "Payment-Zip-2");
        name(w, c.getContactName(), "Contact-Name-Last", "Contact-Name-First", "Contact-Name-Middle",
                "Contact-Name-Suffix");
        address(w, c.getContactAddress(), "Contact-Address-Line-1", "Contact-Address-Line-2", "Contact-City",
                "Contact-State", "Contact-Zip-1", "Contact-Zip-2");
        w.digits("Contact-Phone-Num.", c.getContactPhone());
        w.text("Phone-Extension", c.getContactPhoneExtension());
        w.text("Responding-Docket-Num.", c.getRespondingDocketNumber());
        w.digits("Fax", c.getContactFax());
        w.text("Internet-Address", c.getContactEmail());
        w.text("Initiating-Docket-Num.", c.getInitiatingDocketNumber());
        w.digits("Send-Payments-Bank-Account", c.getSendPaymentsBankAccount());
        w.digits("Send-Payments-Routing-Code", c.getSendPaymentsRoutingCode());
        w.text("State-With-CEJ", c.getStateWithCej());
        w.locator("Payment-FIPS-State", "Payment-FIPS-County", "Payment-FIPS-Sub", c.getPaymentLocatorCode());
        w.yesNo("Nondisclosure-Finding", c.isNondisclosureFinding());
    }

    static void ncpIdentification(FieldWriter w, NcpIdentificationType n) {
        name(w, n.getName(), "Name-Last", "Name-First", "Name-Middle", "Name-Suffix");
        w.digits("SSN", n.getSsn());
        w.date("Date-Of-Birth", n.getDateOfBirth());
        w.text("Race", value(n.getRace(), e -> e.value()));
        w.text("Gender", value(n.getGender(), e -> e.value()));
        w.text("Place-Of-Birth", n.getPlaceOfBirth());
        w.integer("Height-Ft.", n.getHeightFeet());
        w.integer("Height-In.", n.getHeightInches());
        w.integer("Weight", n.getWeightPounds());
        w.text("Hair-Color", value(n.getHairColor(), e -> e.value()));
        w.text("Eye-Color", value(n.getEyeColor(), e -> e.value()));
        w.text("Distinguishing-Marks", n.getDistinguishingMarks());
        List<String> aliasSsns = n.getAliasSsn();
        checkCount(w, aliasSsns, 2, "Alias-SSN-1");
        for (int i = 0; i < aliasSsns.size(); i++) {
            w.digits("Alias-SSN-" + (i + 1), aliasSsns.get(i));
        }
        w.yesNo("Possibly-Dangerous", n.isPossiblyDangerous());
        w.text("Maiden-Name", n.getMaidenName());
        w.text("Mother's-Maiden-Or-Father's-Name", n.getMothersMaidenOrFathersName());
    }

    static void ncpLocate(FieldWriter w, NcpLocateType l) {
        locatedAddress(w, l.getResidentialAddress(), "Residential-", "Residential-Address-");
        locatedAddress(w, l.getMailingAddress(), "Mailing-", "Mailing-Address-");
        w.digits("Home-Phone-Num.", l.getHomePhone());
        w.digits("Work-Phone-Num.", l.getWorkPhone());
        w.text("Drivers-License-State", l.getDriversLicenseState());
        w.text("Drivers-License-Num.", l.getDriversLicenseNumber());
        checkCount(w, l.getAlias(), 3, "Alias-1-Last");
        for (int i = 0; i < l.getAlias().size(); i++) {
            String p = "Alias-" + (i + 1) + "-";
            name(w, l.getAlias().get(i), p + "Last", p + "First", p + "Middle", p + "Suffix");
        }
        name(w, l.getSpouseName(), "Spouse-Name-Last", "Spouse-Name-First", "Spouse-Name-Middle",
                "Spouse-Name-Suffix");
        w.text("Occupation", l.getOccupation());
        checkCount(w, l.getEmployer(), 3, "Employer-Name");
        String[] employers = {"Employer", "Employer2", "Employer3"};
        String[] wages = {"Wage", "Wage2", "Wage3"};
        for (int i = 0; i < 3; i++) {
            employer(w, i < l.getEmployer().size() ? l.getEmployer().get(i) : null, employers[i], wages[i]);
        }
        w.text("Insurance-Carrier-Name", l.getInsuranceCarrierName());
        w.text("Insurance-Policy-Num.", l.getInsurancePolicyNumber());
        lastKnownAddress(w, l.getLastResidentialAddress(), "Last-Res.");
        lastKnownAddress(w, l.getLastMailingAddress(), "Last-Mail");
        lastEmployer(w, l.getLastEmployer());
        w.text("Professional-Licenses", l.getProfessionalLicenses());
    }

    static void participant(FieldWriter w, ParticipantType p) {
        name(w, p.getName(), "Name-Last", "Name-First", "Name-Middle", "Name-Suffix");
        w.date("Date-Of-Birth", p.getDateOfBirth());
        w.digits("SSN", p.getSsn());
        w.text("Gender", value(p.getGender(), e -> e.value()));
        w.text("Race", value(p.getRace(), e -> e.value()));
        w.text("Relationship", value(p.getRelationship(), e -> e.value()));
        w.text("Participant-Status", value(p.getParticipantStatus(), e -> e.value()));
        w.text("Dependent-Relation-CP", value(p.getDependentRelationToCp(), e -> e.value()));
        address(w, p.getAddress(), "Participant-Address-Line-1", "Participant Address-Line-2", "Participant-City",
                "Participant-State", "Participant-Zip-1", "Participant-Zip-2");
        participantEmployer(w, p.getEmployer());
        w.text("Address-Confirmed", value(p.getAddressConfirmed(), e -> e.value()));
        w.date("Date-Address-Confirmed", p.getAddressConfirmedDate());
        w.text("Employer-Confirmed", value(p.getEmployerConfirmed(), e -> e.value()));
        w.date("Date-Employer-Confirmed", p.getEmployerConfirmedDate());
        w.digits("Work-Phone", p.getWorkPhone());
        w.text("Place-Of-Birth", p.getPlaceOfBirth());
        w.text("Dependent-Child-State-Of-Residence", p.getChildStateOfResidence());
        if (p.getPaternityStatus() != null && !DataBlockDecoder.PATERNITY_STATUS.contains(p.getPaternityStatus())) {
            throw w.fail("Dependent-Paternity-Status", "unknown code value");
        }
        w.text("Dependent-Paternity-Status", p.getPaternityStatus());
    }

    static void order(FieldWriter w, OrderType o) {
        w.locator("Order-FIPS-State", "Order-FIPS-County", "Order-FIPS-Sub", o.getOrderLocatorCode());
        w.text("Order-ID", o.getOrderId());
        w.date("Order-Filing-Date", o.getFilingDate());
        w.text("Order-Type", value(o.getOrderType(), e -> e.value()));
        w.text("Debt-Type", value(o.getDebtType(), e -> e.value()));
        w.text("Order-Freq.", value(o.getFrequency(), e -> e.value()));
        w.money("Order-Freq.-Amount", o.getFrequencyAmount());
        w.date("Order-Effective-Date", o.getEffectiveDate());
        w.date("Order-End-Date", o.getEndDate());
        w.date("Order-Cancel-Date", o.getCancelDate());
        w.text("Order-Arrears-Freq.", value(o.getArrearsFrequency(), e -> e.value()));
        w.money("Order-Arrears-Freq.-Amount", o.getArrearsFrequencyAmount());
        w.signedMoney("Order-Arrears-Total-Amount", o.getArrearsTotalAmount());
        arrears(w, o.getTanfArrears(), "Arrears-TANF-From-Date", "Arrears-TANF-Thru-Date", "Arrears-TANF-Amount");
        arrears(w, o.getNonTanfArrears(), "Arrears-Non-TANF-From-Date", "Arrears-Non-TANF-Thru-Date",
                "Arrears-Non-TANF-Amount");
        arrears(w, o.getFosterCareArrears(), "Foster-Care-From-Date", "Foster-Care-Thru-Date", "Foster-Care-Amount");
        arrears(w, o.getMedicalArrears(), "Medical-From-Date", "Medical-Thru-Date", "Medical-Amount");
        w.yesNo("Medical-Ordered", o.isMedicalOrdered());
        w.text("Tribunal-Case-Number", o.getTribunalCaseNumber());
        w.date("Date-Of-Last-Payment", o.getDateOfLastPayment());
        w.text("Controlling-Order-Flag", value(o.getControllingOrderFlag(), e -> e.value()));
        w.yesNo("New-Order-Flag", o.isNewOrder());
        w.text("Docket-Num.", o.getDocketNumber());
    }

    static void collection(FieldWriter w, CollectionType c) {
        w.date("Date-Of-Collection", c.getCollectionDate());
        w.date("Date-Of-Posting", c.getPostingDate());
        w.money("Payment-Amount", c.getPaymentAmount());
        w.text("Payment-Source", value(c.getPaymentSource(), e -> e.value()));
        w.text("Interstate-Payment-Method", value(c.getPaymentMethod(), e -> e.value()));
        w.text("RDFI-ID", c.getRdfiId());
        w.text("RDFI-Account-Num.", c.getRdfiAccountNumber());
    }

    static void information(FieldWriter w, InformationType i) {
        w.text("Status-Change-Code", value(i.getStatusChangeCode(), e -> e.value()));
        w.text("New-Case-ID", caseId(w, "New-Case-ID", i.getNewCaseId()));
        checkCount(w, i.getTextLine(), 5, "Information-Text-Line-1");
        for (int n = 0; n < i.getTextLine().size(); n++) {
            w.text("Information-Text-Line-" + (n + 1), i.getTextLine().get(n));
        }
    }

    /** Applies the IGD case id rules before writing (see {@link CaseIds}). */
    static String caseId(FieldWriter w, String field, String value) {
        if (value != null && value.length() <= 15) {
            String problem = CaseIds.problem(value);
            if (problem != null) {
                throw w.fail(field, problem);
            }
        }
        return value;
    }

    // ----- shared shapes -----

    private static void name(FieldWriter w, PersonNameType n, String last, String first, String middle,
            String suffix) {
        if (n != null) {
            w.text(last, n.getLast());
            w.text(first, n.getFirst());
            w.text(middle, n.getMiddle());
            w.text(suffix, n.getSuffix());
        }
    }

    private static void address(FieldWriter w, AddressType a, String line1, String line2, String city, String state,
            String zip5, String zip4) {
        if (a != null) {
            w.text(line1, a.getLine1());
            w.text(line2, a.getLine2());
            w.text(city, a.getCity());
            w.text(state, a.getState());
            w.digits(zip5, a.getZip5());
            w.digits(zip4, a.getZip4());
        }
    }

    private static void locatedAddress(FieldWriter w, LocatedAddressType l, String prefix, String datePrefix) {
        LocatedAddressType a = l == null ? new LocatedAddressType() : l;
        address(w, a.getAddress(), prefix + "Address-Line-1", prefix + "Address-Line-2", prefix + "City",
                prefix + "State", prefix + "Zip-1", prefix + "Zip-2");
        w.date(datePrefix + "Effective-Date", a.getEffectiveDate());
        w.date(datePrefix + "End-Date", a.getEndDate());
        w.text(datePrefix + "Confirmed-Ind.", value(a.getConfirmed(), e -> e.value()));
    }

    private static void lastKnownAddress(FieldWriter w, LastKnownAddressType l, String prefix) {
        LastKnownAddressType a = l == null ? new LastKnownAddressType() : l;
        address(w, a.getAddress(), prefix + "-Address-Line-1", prefix + "-Address-Line-2", prefix + "-City",
                prefix + "-State", prefix + "-Zip-1", prefix + "-Zip-2");
        w.date(prefix + "-Address-Date", a.getDate());
    }

    private static void employer(FieldWriter w, EmployerType employer, String prefix, String wage) {
        EmployerType e = employer == null ? new EmployerType() : employer;
        w.digits(prefix + "-EIN", e.getEin());
        w.text(prefix + "-Name", e.getName());
        address(w, e.getAddress(), prefix + "-Address-Line-1", prefix + "-Address-Line-2", prefix + "-City",
                prefix + "-State", prefix + "-Zip-1", prefix + "-Zip-2");
        w.digits(prefix + "-Phone-Num.", e.getPhone());
        w.date(prefix + "-Effective-Date", e.getEffectiveDate());
        w.date(prefix + "-End-Date", e.getEndDate());
        w.text(prefix + "-Confirmed-Ind.", value(e.getConfirmed(), c -> c.value()));
        w.integer(wage + "-Qtr", e.getWageQuarter());
        w.integer(wage + "-Year", e.getWageYear());
        w.money(wage + "-Amount", e.getWageAmount());
    }

    private static void lastEmployer(FieldWriter w, LastEmployerType employer) {
        LastEmployerType e = employer == null ? new LastEmployerType() : employer;
        w.text("Last-Employer", e.getName());
        w.date("Last-Employer-Date", e.getDate());
        address(w, e.getAddress(), "Last-Employer-Address-Line-1", "Last-Employer-Address-Line-2",
                "Last-Employer-City", "Last-Employer-State", "Last-Employer-Zip-1", "Last-Employer-Zip-2");
        w.date("Last-Employer-Eff.-Date", e.getEffectiveDate());
    }

    private static void participantEmployer(FieldWriter w, ParticipantEmployerType e) {
        if (e != null) {
            String p = "Participant-Employer-Info.-Emp.-";
            w.text(p + "Name", e.getName());
            address(w, e.getAddress(), p + "Street-Line-1", p + "Street-Line-2", p + "City", p + "State",
                    p + "Zip-1", p + "Zip-2");
            w.digits("Emp-EIN", e.getEin());
        }
    }

    private static void arrears(FieldWriter w, ArrearsPeriodType period, String from, String thru, String amount) {
        ArrearsPeriodType a = period == null ? new ArrearsPeriodType() : period;
        w.date(from, a.getFromDate());
        w.date(thru, a.getThroughDate());
        w.money(amount, a.getAmount());
    }

    private static void checkCount(FieldWriter w, List<?> list, int max, String field) {
        if (list.size() > max) {
            throw w.fail(field, list.size() + " given, CSENet carries at most " + max);
        }
    }

    private static <E> String value(E code, Function<E, String> value) {
        return code == null ? null : value.apply(code);
    }
}
