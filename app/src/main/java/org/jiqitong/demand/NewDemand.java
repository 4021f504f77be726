package org.jiqitong.demand;

/** What a caller or an enterprise gives when raising a demand. */
public record NewDemand(String channel, String uscc, String callerName, String callerPhone, String callerEmail,
        String category, String description, String address, Double lat, Double lon) {
}
