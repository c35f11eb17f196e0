package org.ssr.workflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Names every auto-deployed resource by its file name ({@code financial-plan-upload.html}) wherever the application
 * runs. The starter's default does so inside the jar but uses the absolute file path when the classes are a folder
 * ({@code ./mvnw spring-boot:run}, tests), where an {@code embedded:deployment:financial-plan-upload.html} form key
 * would not resolve. File names in {@code bpmn/} and {@code forms/} are therefore unique (checked at start-up).
 *
 * <p>Every Camunda Form is deployed in every language ({@link FormTranslations}): {@code programme-setup.form} as
 * the English form and a generated {@code programme-setup.fr.form} (form id {@code programme-setup-fr}) per other
 * language, in the same deployment, so {@code formRefBinding="deployment"} finds them.
 */
@Component
public class FileNamedDeploymentConfiguration extends DefaultDeploymentConfiguration {

  private static final String CLASSPATH_ALL = "classpath*:";

  @Override
  public Set<Resource> getDeploymentResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Set<Resource> named = new LinkedHashSet<>();
    Set<String> names = new java.util.HashSet<>();
    try {
      for (String pattern : camundaBpmProperties.getDeploymentResourcePattern()) {
        String root = rootOf(pattern);
        Resource[] roots = resolver.getResources(CLASSPATH_ALL + root);
        for (Resource resource : resolver.getResources(pattern)) {
          if (resource.isReadable()) {
            FileNamedResource deployable = new FileNamedResource(classpathPath(resource, roots, root));
            if (!names.add(deployable.getPathWithinContext())) {
              throw new IllegalStateException("two deployment resources share the file name "
                  + deployable.getPathWithinContext() + ": rename one (form keys and deployments use the file name)");
            }
            if (FormTranslations.isForm(deployable.getFilename())) {
              named.addAll(inEveryLanguage(deployable, names));
            } else {
              named.add(deployable);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve the models and forms to deploy", e);
    }
    return named;
  }

  /** The form as deployed in English (with its generated options) and, generated, in every other language. */
  private static List<Resource> inEveryLanguage(FileNamedResource form, Set<String> names) throws IOException {
    byte[] english;
    try (var in = form.getInputStream()) {
      english = in.readAllBytes();
    }
    List<Resource> forms = new ArrayList<>();
    for (String language : Languages.supported()) {
      String name = FormTranslations.resourceName(form.getFilename(), language);
      if (!Languages.ENGLISH.equals(language) && !names.add(name)) {
        throw new IllegalStateException("the generated form " + name + " has the name of a file in forms/: rename it");
      }
      forms.add(new GeneratedResource(name, FormTranslations.deployable(english, language)));
    }
    return forms;
  }

  /** {@code classpath*:forms/**}{@code /*.html} → {@code forms/}. */
  static String rootOf(String pattern) {
    if (!pattern.startsWith(CLASSPATH_ALL)) {
      throw new IllegalArgumentException("deployment patterns must start with classpath*: — got " + pattern);
    }
    String path = pattern.substring(CLASSPATH_ALL.length());
    int wildcard = path.indexOf('*');
    String fixed = wildcard < 0 ? path : path.substring(0, wildcard);
    return fixed.substring(0, fixed.lastIndexOf('/') + 1);
  }

  private static String classpathPath(Resource resource, Resource[] roots, String root) throws IOException {
    String url = resource.getURL().toString();
    for (Resource candidate : roots) {
      String rootUrl = candidate.getURL().toString();
      if (url.startsWith(rootUrl)) {
        return root + url.substring(rootUrl.length());
      }
    }
    throw new IllegalStateException("cannot tell the classpath name of " + url);
  }

  /** A resource made at start-up (a form in one language), deployed under its name. */
  static final class GeneratedResource extends ByteArrayResource implements ContextResource {
    private final String name;

    GeneratedResource(String name, byte[] content) {
      super(content, name);
      this.name = name;
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public String getPathWithinContext() {
      return name;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof GeneratedResource generated && generated.name.equals(name) && super.equals(other);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }

  /** A classpath resource whose engine resource name is its file name. */
  static final class FileNamedResource extends ClassPathResource implements ContextResource {
    FileNamedResource(String path) {
      super(path);
    }

    @Override
    public String getPathWithinContext() {
      return getFilename();
    }
  }
}
