package org.ssr.workflow.implementation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImplementationProperties.class)
class ImplementationConfiguration {}
