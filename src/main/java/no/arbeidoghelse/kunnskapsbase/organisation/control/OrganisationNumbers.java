package no.arbeidoghelse.kunnskapsbase.organisation.control;

/** Norwegian organisation numbers: nine digits, the last a modulus-11 check digit. */
public final class OrganisationNumbers {

  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  private OrganisationNumbers() {}

  public static boolean isValid(String number) {
    if (number == null || !number.matches("\\d{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += WEIGHTS[i] * (number.charAt(i) - '0');
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == number.charAt(8) - '0';
  }
}
