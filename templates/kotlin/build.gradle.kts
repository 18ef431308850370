// {{ p.header }}
// Error codes of identity-verification SDKs and APIs, with texts in {{ p.locales.len() }} locales.
// A Kotlin/JVM library that needs nothing but the Kotlin standard library;
// its sources use no java.* API, so they also build as common code.
plugins {
    kotlin("jvm") version "2.4.20"
}

group = "dev.errgen"
version = {{ p.release.version_lit }}
description = {{ p.release.description_lit }}

repositories {
    mavenCentral()
}

kotlin {
    explicitApi()
}
