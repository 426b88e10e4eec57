package org.refugeelaw.example.spring;

import java.nio.file.Files;
import java.nio.file.Path;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;
import org.refugeelaw.api.Frame;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Assesses the case records named on the command line, with one assessor shared by the whole application. */
@SpringBootApplication
public class AssessmentApplication {

    /** One assessor for the application: it loads the rules once and is safe to share between threads. */
    @Bean
    Assessor assessor() {
        return Assessor.create();
    }

    @Bean
    CommandLineRunner assessFiles(Assessor assessor) {
        return args -> {
            for (String file : args) {
                var assessment = assessor.assess(CaseJson.read(Files.readString(Path.of(file))), Frame.UNHCR);
                System.out.println(assessment.caseId() + ": " + assessment.determination().status());
            }
        };
    }

    public static void main(String[] args) {
        SpringApplication.run(AssessmentApplication.class, args);
    }
}
