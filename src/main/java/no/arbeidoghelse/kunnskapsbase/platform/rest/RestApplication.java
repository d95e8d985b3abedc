package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
@DeclareRoles({"researcher", "editor", "admin"})
public class RestApplication extends Application {}
