package io.strongroom.xksproxy.standalone;

/** The files a first start writes into the data dir, by name relative to it. */
record DataDirFiles(String caCertificate, String caKey, String serverChain, String serverKey, String clientChain,
                    String clientKey, String keystore, String keystorePassword) {

    static final DataDirFiles DEFAULT = new DataDirFiles("ca.pem", "ca-key.pem", "server-chain.pem", "server-key.pem",
            "client-chain.pem", "client-key.pem", "keys.p12", "keystore.password");
}
