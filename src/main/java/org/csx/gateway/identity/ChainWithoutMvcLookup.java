package org.csx.gateway.identity;

import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

/**
 * Takes away the Spring MVC handler lookup that Spring Security wraps around its filter chain when Spring MVC is
 * present ({@code WebMvcSecurityConfiguration}: a composite whose first filter finds, and caches for the request,
 * the MVC handler the request would go to). It serves {@code MvcRequestMatcher} and CORS lookups; the gateway's
 * rules use neither ({@code PathPatternRequestMatcher}, no CORS), yet the lookup ran on every SOAP request, none of
 * which goes to Spring MVC: about 2.4 % of the gateway's CPU under the SOAP load benchmark (docs/performance.md,
 * "Cost of security"). The other wrapper, {@code WebSecurityConfiguration}'s request-path filter that the path
 * pattern rules need, stays. Runs after every definition is registered; if Spring Security ever wraps the chain in
 * a way not understood here, the gateway refuses to start rather than guess.
 */
final class ChainWithoutMvcLookup implements BeanFactoryPostProcessor {

    static final String CHAIN = "springSecurityFilterChain";
    private static final String COMPOSITE = "$CompositeFilterChainProxy";
    private static final String MVC_WRAPPER = "WebMvcSecurityConfiguration" + COMPOSITE;
    private static final String LOOKUP = "WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
        if (!registry.containsBeanDefinition(CHAIN)) {
            return;
        }
        BeanDefinition chain = registry.getBeanDefinition(CHAIN);
        BeanDefinition without = withoutLookup(chain);
        if (without != chain) {
            registry.removeBeanDefinition(CHAIN);
            registry.registerBeanDefinition(CHAIN, without);
        }
        if (holdsLookup(registry.getBeanDefinition(CHAIN))) {
            throw new IllegalStateException("Spring Security wrapped its filter chain in an unexpected way: "
                    + "review identity.ChainWithoutMvcLookup for this Spring Security version");
        }
    }

    /** Whether the Spring MVC lookup is anywhere in this chain definition. */
    static boolean holdsLookup(BeanDefinition definition) {
        if (is(definition, LOOKUP)) {
            return true;
        }
        return is(definition, COMPOSITE) && wrapped(definition).stream().anyMatch(ChainWithoutMvcLookup::holdsLookup);
    }

    /** The definition without the MVC wrapper; a composite around it is changed in place. */
    private static BeanDefinition withoutLookup(BeanDefinition definition) {
        if (is(definition, MVC_WRAPPER)) {
            List<BeanDefinition> inner = wrapped(definition).stream().filter(d -> !is(d, LOOKUP)).toList();
            if (inner.size() != 1) {
                throw new IllegalStateException("Spring Security's MVC wrapper holds " + inner.size() + " chains");
            }
            return withoutLookup(inner.get(0));
        }
        if (is(definition, COMPOSITE)) {
            @SuppressWarnings("unchecked")
            List<Object> filters = (List<Object>) filters(definition);
            for (int i = 0; i < filters.size(); i++) {
                if (filters.get(i) instanceof BeanDefinition inner) {
                    filters.set(i, withoutLookup(inner));
                }
            }
        }
        return definition;
    }

    private static List<BeanDefinition> wrapped(BeanDefinition composite) {
        return filters(composite).stream().filter(BeanDefinition.class::isInstance).map(BeanDefinition.class::cast).toList();
    }

    private static List<?> filters(BeanDefinition composite) {
        ConstructorArgumentValues.ValueHolder arg = composite.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
        return arg != null && arg.getValue() instanceof List<?> list ? list : List.of();
    }

    private static boolean is(BeanDefinition definition, String classNameEnd) {
        return definition.getBeanClassName() != null && definition.getBeanClassName().endsWith(classNameEnd);
    }
}
