/**
 * The built-in sandbox gateway: a clearly labelled stand-in for VNPay, MoMo and ZaloPay that lets
 * the fee flow run offline. It takes payment URLs and create requests exactly as the SDK's
 * clients build them for the real gateways (and verifies their signatures the same way), signs
 * each gateway's callback with the generated sandbox keys, delivers it over HTTP to the desk's
 * own IPN endpoints, and answers the SDK clients' status queries, which the reconciler asks. Its
 * beans exist only with {@code onestop.sandbox=true}, which the desk sets only when no gateway has
 * real credentials: beside a real gateway, none of its pages or APIs is registered.
 */
package vn.congdanso.onestop.fees.sandbox;
