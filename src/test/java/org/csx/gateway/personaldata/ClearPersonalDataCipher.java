package org.csx.gateway.personaldata;

import java.io.OutputStream;
import org.springframework.beans.factory.BeanFactory;

/**
 * A cipher that seals nothing, for the security-cost benchmark's baseline only (benchmark.SecurityOffGateway).
 * It opens clear values as they are: the cipher's own rule for values stored before V20.
 */
public final class ClearPersonalDataCipher extends PersonalDataCipher {

    private ClearPersonalDataCipher(DataKeySource source) {
        super(source);
    }

    /** With the application's key source, which it never uses to seal. */
    public static PersonalDataCipher from(BeanFactory beans) {
        return new ClearPersonalDataCipher(beans.getBean(DataKeySource.class));
    }

    @Override
    public String seal(String plaintext, String context) {
        return plaintext;
    }

    @Override
    public OutputStream sealingStream(OutputStream out) {
        return out;
    }
}
