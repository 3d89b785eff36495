package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.LocalDate;

/**
 * The consequence test (uji konsekuensi, UU 14/2008 art. 17 and 19) that makes information exempt:
 * the legal ground, the harm disclosure would do, why keeping it closed outweighs the public
 * interest, the officer who decided, and when the exemption is to be reviewed.
 */
public record ConsequenceTest(
    String legalGround, String harm, String publicInterest, Username officer, LocalDate reviewOn) {}
