package no.arbeidoghelse.kunnskapsbase.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

  private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

  @Test
  void javaTypesBecomeJsonWords() {
    assertEquals(
        "Json property titel can not be mapped to a Project object.",
        UnexpectedExceptionMapper.withoutClassNames(
            "Json property titel can not be mapped to a class class no.arbeidoghelse.kunnskapsbase.project.boundary.ProjectJson."));
    assertEquals(
        "Error deserialize JSON value into type: a whole number.",
        UnexpectedExceptionMapper.withoutClassNames(
            "Error deserialize JSON value into type: class java.lang.Integer."));
  }

  @Test
  void clientMistakesInsideOtherExceptionsKeepTheirStatus() {
    var rollback = new RollbackException("rolled back");
    rollback.initCause(new OptimisticLockException("stale"));
    var commitFailure = new TransactionalException("commit failed", rollback);
    assertEquals(412, mapper.toResponse(commitFailure).getStatus());
    assertEquals(
        412,
        mapper.toResponse(new RuntimeException(new OptimisticLockException("stale"))).getStatus());
    assertEquals(
        409,
        mapper.toResponse(new IllegalStateException(ApiException.conflict("taken"))).getStatus());
    assertEquals(
        400, mapper.toResponse(new RuntimeException(new JsonbException("bad"))).getStatus());
  }

  @Test
  void serverFaultsHideTheirDetails() {
    var response = mapper.toResponse(new NullPointerException("secret internals"));
    assertEquals(500, response.getStatus());
    var problem = (Problem) response.getEntity();
    assertEquals(false, problem.detail().contains("secret"));
  }
}
