package org.csx.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CsxGatewayApplication {
    public static void main(String[] args) {
        SpringApplication.run(CsxGatewayApplication.class, args);
    }
}
