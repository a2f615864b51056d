package org.csx.gateway.validation;

import java.util.List;
import org.csx.gateway.contract.transmittal.TransmittalType;

/** One business rule over an unmarshalled transmittal. Adds what it finds; never throws on missing optional blocks. */
public interface TransmittalRule {
    void check(TransmittalType transmittal, List<Violation> violations);
}
