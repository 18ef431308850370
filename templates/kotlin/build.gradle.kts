// {{ p.header }}
// Error codes of identity-verification SDKs and APIs, with texts in {{ p.locales.len() }} locales.
// A Kotlin/JVM library that needs nothing but the Kotlin standard library;
// its sources use no java.* API, so they also build as common code.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget
import org.jetbrains.kotlin.gradle.dsl.KotlinVersion

plugins {
    kotlin("jvm") version "2.4.20"
    `maven-publish`
}

group = "{{ p.pkg.group }}"
version = {{ p.release.version_lit }}
description = {{ p.release.description_lit }}

repositories {
    mavenCentral()
}

java {
    sourceCompatibility = JavaVersion.VERSION_1_8
    targetCompatibility = JavaVersion.VERSION_1_8
    withSourcesJar()
}

kotlin {
    // Every public declaration states its visibility and type.
    explicitApi()
    compilerOptions {
        // Metadata and standard-library calls of Kotlin 2.0, so apps built
        // with any Kotlin compiler from 2.0 on can read the jar.
        languageVersion.set(KotlinVersion.KOTLIN_2_0)
        apiVersion.set(KotlinVersion.KOTLIN_2_0)
        // Android and every JVM from 8 on.
        jvmTarget.set(JvmTarget.JVM_1_8)
        // 2.0 is deprecated as a language version in this compiler: on purpose.
        freeCompilerArgs.add("-Xsuppress-version-warnings")
    }
    // The standard library apps get with the package: that of Kotlin 2.0.
    coreLibrariesVersion = "2.0.21"
}

publishing {
    publications {
        create<MavenPublication>("maven") {
            artifactId = "{{ p.pkg.artifact }}"
            from(components["java"])
            pom {
                name.set("{{ p.pkg.artifact }}")
                description.set(project.description)
            }
        }
    }
}
