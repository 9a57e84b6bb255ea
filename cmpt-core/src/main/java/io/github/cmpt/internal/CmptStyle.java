package io.github.cmpt.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every composite value type in cmpt: generated implementations are
 * package-private and hidden behind the abstract type, builders are strict, only JDK collections are
 * used, and invalid state throws {@link IllegalArgumentException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = false,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = IllegalArgumentException.class,
    throwForNullPointer = NullPointerException.class,
    allowedClasspathAnnotations = {Override.class})
public @interface CmptStyle {}
