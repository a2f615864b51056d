package org.csx.gateway.district;

import org.csx.gateway.contract.transmittal.SenderKind;

/**
 * The other jurisdiction of a district's message: the partner it goes to, how that jurisdiction identifies itself
 * (kind, locator code or country) and its own case id, when known.
 *
 * @param partnerId     the partner whose queue gets the message (a configured partner or a directory id)
 * @param name          the jurisdiction's name, for sentences
 * @param locatorCode   where the transmittal is addressed (ReceiverLocatorCode)
 * @param partnerCaseId the other side's case id (our ReceiverCaseId), null for a new request
 */
record Counterpart(String partnerId, String name, SenderKind kind, String locatorCode, String countryCode,
                   String partnerCaseId) {
}
