/**
 * Validation of incoming intergovernmental case transmittals.
 *
 * <p>Two stages, both reporting every problem rather than the first: {@link
 * org.csx.gateway.validation.TransmittalSchemaValidator} checks the raw XML against {@code transmittal.xsd}; once it
 * passes and the message is unmarshalled, {@link org.csx.gateway.validation.BusinessRules} applies the CSENet rules
 * (valid function/action/reason, locator codes, required blocks, case ids, dates, SSNs). Each problem is a {@link
 * org.csx.gateway.validation.Violation} whose message is safe to log: it never carries an SSN, a date of birth or a
 * name.
 */
package org.csx.gateway.validation;
