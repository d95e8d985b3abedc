package no.arbeidoghelse.kunnskapsbase.person.control;

/** ORCID iDs: 16 characters in groups of four, the last an ISO 7064 11,2 check character. */
public final class Orcids {

  private Orcids() {}

  public static boolean isValid(String orcid) {
    if (orcid == null || !orcid.matches("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]")) {
      return false;
    }
    String digits = orcid.replace("-", "");
    int total = 0;
    for (int i = 0; i < 15; i++) {
      total = (total + (digits.charAt(i) - '0')) * 2;
    }
    int result = (12 - total % 11) % 11;
    char check = result == 10 ? 'X' : (char) ('0' + result);
    return digits.charAt(15) == check;
  }
}
