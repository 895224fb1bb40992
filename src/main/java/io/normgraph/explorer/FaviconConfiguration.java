package io.normgraph.explorer;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web browsers ask for {@code /favicon.ico} on any page that names no icon (the Browser guide,
 * a JSON answer opened in a tab): they get the explorer's icon rather than a 404 in their
 * console.
 */
@Configuration(proxyBeanMethods = false)
class FaviconConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/favicon.ico", "/favicon.svg");
	}

}
