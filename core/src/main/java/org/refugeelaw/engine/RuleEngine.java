package org.refugeelaw.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.model.Treaties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the rules once, from the executable model that the build generated, and runs one session per case.
 *
 * <p>The model classes are listed in {@value #MODEL_RESOURCE}; they are loaded by name from this library's class
 * loader. This works when the rules jar is a plain dependency, inside a shaded jar and inside a nested jar, unlike
 * {@code KieServices.getKieClasspathContainer()}, which depends on the release id of the enclosing artifact. No DRL
 * is ever compiled at run time.
 *
 * <p>Thread safety: the {@link KieBase} is shared and immutable; every {@link #run} takes a session of its own from
 * a pool (reset when given back) and creates its own listeners, so any number of threads may call it at once.
 */
public final class RuleEngine {
    /** Where the kie-maven-plugin lists the generated model classes of the rules artifact. */
    public static final String MODEL_RESOURCE = "META-INF/kie/org.refugeelaw/refugee-law-rules/drools-model";

    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

    private final KieBase kieBase;
    /**
     * Sessions are taken from a pool and given back on {@code dispose()}, which resets them: working memory, node
     * memories, agenda, truth maintenance, globals and listeners are cleared, while the memory structures of the
     * network are kept, so that a session is not rebuilt for every case. The pool is thread-safe and grows to the
     * number of threads assessing at once.
     */
    private final KieSessionsPool sessions;
    private final List<String> modelClasses;
    private final String ruleSetHash;
    private final RuleMetadata metadata;

    private RuleEngine(KieBase kieBase, List<String> modelClasses, String ruleSetHash) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(1);
        this.metadata = new RuleMetadata(rules());
        this.modelClasses = List.copyOf(modelClasses);
        this.ruleSetHash = ruleSetHash;
    }

    /**
     * SHA-256 over the compiled rule set: the bytes of each generated model class and of its rule-method classes,
     * which name every constraint and consequence by a hash of its content. Any change to a rule changes it.
     */
    public String ruleSetHash() {
        return ruleSetHash;
    }

    private static String hash(ClassLoader loader, List<String> classNames) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            List<String> sorted = new ArrayList<>(classNames);
            java.util.Collections.sort(sorted);
            for (String name : sorted) {
                String base = name.replace('.', '/');
                digest(sha, loader, base + ".class");
                for (int i = 0; digest(sha, loader, base + "RuleMethods" + i + ".class"); i++) {
                    // every rule-method class of this model, in order
                }
            }
            return "sha256:" + java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("Cannot hash the rule set", e);
        }
    }

    private static boolean digest(java.security.MessageDigest sha, ClassLoader loader, String resource)
            throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            sha.update(resource.getBytes(StandardCharsets.UTF_8));
            sha.update(in.readAllBytes());
            return true;
        }
    }

    /** Loads the rules through the given class loader. */
    public static RuleEngine load(ClassLoader loader) {
        List<String> classNames = modelClassNames(loader);
        List<Model> models = new ArrayList<>();
        for (String name : classNames) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new RulesNotFoundException("The rules model class " + name + " listed in " + MODEL_RESOURCE
                        + " could not be loaded; the rules jar is damaged or incomplete.", e);
            }
        }
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        LOG.debug("Loaded {} rule packages with {} rules", models.size(),
                kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        return new RuleEngine(kieBase, classNames, hash(loader, classNames));
    }

    private static List<String> modelClassNames(ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(MODEL_RESOURCE);
        if (in == null) {
            throw new RulesNotFoundException("The rules are not on the class path: " + MODEL_RESOURCE + " is missing."
                    + " Add the dependency org.refugeelaw:refugee-law-rules (it brings refugee-law-core with it).", null);
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("Drools-Model-Version")) {
                    names.add(line);
                }
            }
        } catch (IOException e) {
            throw new RulesNotFoundException("Could not read " + MODEL_RESOURCE, e);
        }
        if (names.isEmpty()) {
            throw new RulesNotFoundException(MODEL_RESOURCE + " lists no rule model classes.", null);
        }
        // The generated class names end in a random suffix and the listing's order changes from build to build; the
        // order in which packages are loaded decides which of two rules of equal salience fires first, and so which
        // rules an explanation names. Load them in the order of their package names, the same in every build.
        names.sort(java.util.Comparator.comparing((String n) -> n.substring(0, Math.max(0, n.lastIndexOf('.'))))
                .thenComparing(java.util.Comparator.naturalOrder()));
        return names;
    }

    /** The names of the rules in the rule base, sorted. */
    public List<String> ruleNames() {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(Rule::getName).sorted()
                .toList();
    }

    /** The rules with their metadata, for coverage reports and rule-set hashing. */
    public Collection<Rule> rules() {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).toList();
    }

    /** The rules' {@code @criterion} and {@code @legalBasis}, parsed once. */
    public RuleMetadata metadata() {
        return metadata;
    }

    public List<String> modelClasses() {
        return modelClasses;
    }

    /** Runs the rules over one case and returns what they inserted, with the rule behind each insertion. */
    public SessionResult run(CaseRecord caseRecord, CountryInformation countryInformation, Treaties treaties,
                             FramePolicy frame) {
        KieSession session = sessions.newKieSession();
        try {
            FactPaths paths = new FactPaths();
            session.setGlobal("paths", paths);
            Provenance provenance = Provenance.listen(session);
            FactInserter.insertAll(session, paths, caseRecord, countryInformation, treaties, frame);
            session.fireAllRules();
            return provenance.result(session);
        } finally {
            session.dispose(); // resets the session and gives it back to the pool
        }
    }
}
