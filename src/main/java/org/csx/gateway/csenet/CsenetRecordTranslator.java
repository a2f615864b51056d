package org.csx.gateway.csenet;

import java.util.Optional;
import java.util.function.Function;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.ObjectFactory;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.partner.PartnerDirectory;

/**
 * Turns one record of an inbox file into what intake takes: the sending partner and the canonical transmittal
 * as XML, exactly as a SOAP partner would have sent it. Or, when that is impossible, a refusal with the reason.
 *
 * <p><b>Who sent it.</b> The file channel has no credentials: whoever may write to the inbox is trusted to deliver
 * what the CSENet server delivered (file system permissions are the authentication). The sender is found by the
 * sender's FIPS code (Other-FIPS in a RECEIVED record, the server swapped it: Local is us; Local-FIPS in a SENT one):
 * the configured {@code STATE_IV_D_AGENCY} partner owning it, else the partner directory's jurisdiction for that
 * state ({@code JurisdictionDirectory.csenetSender}), so every CSENet jurisdiction is known without a hand-made
 * partner entry. It is read from the raw header bytes, so a record that does not parse still finds the partner whose
 * error file must tell it so. No jurisdiction: the record is refused.
 * Intake then checks, as for SOAP, that this partner may send as the locator code the transmittal names.
 *
 * <p>Stateless and thread-safe.
 */
class CsenetRecordTranslator {

    /** Positions of the sender's 7-character locator code in the raw header, by layout (brief 1.8). */
    private static final int RECEIVED_SENDER_START = 7;  // Other-FIPS, positions 8-14
    private static final int SENT_SENDER_START = 0;      // Local-FIPS, positions 1-7
    private static final int LOCATOR_LENGTH = 7;

    private final CsenetTransactionParser parser;
    private final Function<String, Optional<Partner>> senders;
    private final PartnerDirectory partners;
    private final ContractXml contractXml;
    private final HeaderLayout layout;
    private final ObjectFactory transmittals = new ObjectFactory();

    /** Senders are configured state agencies only (no directory). */
    public CsenetRecordTranslator(CsenetTransactionParser parser, PartnerDirectory partners, ContractXml contractXml,
                                  HeaderLayout layout) {
        this(parser, partners::stateAgencyFor, partners, contractXml, layout);
    }

    /** @param senders the partner sending as a locator code ({@code JurisdictionDirectory.csenetSender}) */
    public CsenetRecordTranslator(CsenetTransactionParser parser, Function<String, Optional<Partner>> senders,
                                  PartnerDirectory partners, ContractXml contractXml, HeaderLayout layout) {
        this.parser = parser;
        this.senders = senders;
        this.partners = partners;
        this.contractXml = contractXml;
        this.layout = layout;
    }

    /** One record of a file, translated. */
    public sealed interface Translated permits Accepted, Refused {
        CsenetRecord record();
    }

    /** Ready for intake: the partner it comes from, the transmittal XML and the header it was written from. */
    public record Accepted(CsenetRecord record, Partner partner, String transmittalXml, String serialNumber,
                           HeaderType header)
            implements Translated {
    }

    /** Refused before intake (or by it): the partner, when one could be found, and why. */
    public record Refused(CsenetRecord record, Optional<Partner> partner, String serialNumber, CsenetRecordError error)
            implements Translated {
    }

    /** A record from the federal CSENet drop: any sender the partner directory knows. */
    public Translated translate(CsenetRecord record) {
        return translate(record, CsenetInboxBinding.FEDERAL_DROP);
    }

    /**
     * A record from an inbox: the federal drop takes any sender the directory knows; an inbox bound to one partner
     * refuses a record whose sender is another (or no) partner, before anything is parsed or stored.
     */
    public Translated translate(CsenetRecord record, CsenetInboxBinding inbox) {
        Optional<Partner> partner = senders.apply(senderLocator(record.raw()));
        if (inbox.isBound() && !partner.map(p -> p.id().equals(inbox.partnerId())).orElse(false)) {
            // The error record goes to the partner the inbox belongs to: it is the one that sent the file.
            return new Refused(record, partners.find(inbox.partnerId()), serialNumber(record.raw()),
                    new CsenetRecordError(CsenetErrorCode.SENDER_NOT_BOUND,
                            layout == HeaderLayout.RECEIVED ? "Other-FIPS-State" : "Local-FIPS-State",
                            layout == HeaderLayout.RECEIVED ? RECEIVED_SENDER_START + 1 : SENT_SENDER_START + 1,
                            "this inbox only takes records from partner " + inbox.partnerId()));
        }
        CsenetParseResult parsed = parser.parse(record, layout);
        if (!parsed.isSuccess()) {
            return new Refused(record, partner, serialNumber(record.raw()), parsed.firstError().orElseThrow());
        }
        TransmittalType transmittal = parsed.transmittal().orElseThrow();
        String serial = transmittal.getHeader().getTransactionSerialNumber();
        if (partner.isEmpty()) {
            String locator = transmittal.getHeader().getSender().getLocatorCode();
            return new Refused(record, partner, serial, new CsenetRecordError(CsenetErrorCode.UNKNOWN_SENDER,
                    layout == HeaderLayout.RECEIVED ? "Other-FIPS-State" : "Local-FIPS-State",
                    layout == HeaderLayout.RECEIVED ? RECEIVED_SENDER_START + 1 : SENT_SENDER_START + 1,
                    "sender FIPS " + locator + " is no CSENet partner of this registry (not in the partner directory, or"
                            + " this registry's own state)"));
        }
        return new Accepted(record, partner.get(), contractXml.toXml(transmittals.createTransmittal(transmittal)), serial,
                transmittal.getHeader());
    }

    /** The sender's locator code from the raw header, or null when the record is too short to hold it. */
    String senderLocator(String raw) {
        int start = layout == HeaderLayout.RECEIVED ? RECEIVED_SENDER_START : SENT_SENDER_START;
        if (raw == null || raw.length() < start + LOCATOR_LENGTH) {
            return null;
        }
        String locator = raw.substring(start, start + LOCATOR_LENGTH);
        return locator.chars().allMatch(c -> c >= 0x20 && c <= 0x7E) ? locator : null;
    }

    /** The serial number at positions 18-29 when it is there and numeric (for the refusal record), else null. */
    static String serialNumber(String raw) {
        if (raw == null || raw.length() < 29) {
            return null;
        }
        String serial = raw.substring(17, 29);
        return serial.chars().allMatch(Character::isDigit) && serial.chars().allMatch(c -> c < 0x80) ? serial : null;
    }
}
