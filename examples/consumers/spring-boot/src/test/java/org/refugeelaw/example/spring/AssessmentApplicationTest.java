package org.refugeelaw.example.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.model.Truth.NOT_ESTABLISHED;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.Motive;
import org.refugeelaw.model.NationalityBasis;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The assessor in a Spring Boot application: one singleton bean, logging through the host's Logback, no log line at
 * WARN or above on a normal start; and an application can proxy it (Spring AOP, class-based) or mock it (Mockito).
 */
@ExtendWith(OutputCaptureExtension.class)
class AssessmentApplicationTest {

    /** A man who left the DPRK without permission, for hunger; return to the DPRK is in question. */
    private static CaseRecord leftWithoutPermission() {
        return CaseRecord.builder()
                .caseId("K1").assessmentDate(LocalDate.of(2024, 6, 1))
                .person(p -> p.id("K1-person").nationality("KP", NationalityBasis.HELD))
                .hostState("CN").currentCountry("CN").countryOfOrigin("KP")
                .departure(d -> d.withPermission(NOT_ESTABLISHED).motives(Motive.HUNGER))
                .destination(d -> d.country("KP"))
                .build();
    }

    @Test
    void theAssessorIsOneSingletonBeanAndStartsWithoutWarnings(CapturedOutput output) {
        try (ConfigurableApplicationContext context = SpringApplication.run(AssessmentApplication.class)) {
            Assessor assessor = context.getBean(Assessor.class);
            assertThat(context.getBean(Assessor.class)).isSameAs(assessor);
            assertThat(context.getBeanFactory().getBeanDefinition("assessor").isSingleton()).isTrue();
            Assessment a = assessor.assess(leftWithoutPermission(), Frame.UNHCR);
            // the DPRK punishes leaving without permission as treason: a refugee (bundled country information)
            assertThat(a.determination().status()).isEqualTo(RefugeeStatus.REFUGEE);
        }
        assertThat(output.getAll()).contains("Spring Boot ::", " INFO ", "Started ");
        assertThat(output.getAll().lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")))
                .as("log lines at WARN or above on a normal start").isEmpty();
    }

    @Test
    void anApplicationCanProxyTheAssessor() {
        Assessor assessor = Assessor.create();
        AtomicInteger calls = new AtomicInteger();
        ProxyFactory factory = new ProxyFactory(assessor);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            calls.incrementAndGet();
            return invocation.proceed();
        });
        Assessor proxy = (Assessor) factory.getProxy();
        assertThat(proxy.getClass()).isNotEqualTo(Assessor.class);
        assertThat(proxy.assess(leftWithoutPermission(), Frame.UNHCR).determination().status())
                .isEqualTo(RefugeeStatus.REFUGEE);
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void anApplicationCanMockTheAssessor() {
        Assessor mock = Mockito.mock(Assessor.class);
        Assessment canned = Assessor.create().assess(leftWithoutPermission(), Frame.UNHCR);
        Mockito.when(mock.assess(Mockito.any(CaseRecord.class), Mockito.eq(Frame.UNHCR))).thenReturn(canned);
        assertThat(mock.assess(leftWithoutPermission(), Frame.UNHCR)).isSameAs(canned);
    }
}
