package io.github.cqpm.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import io.github.cqpm.model.invariant.InvalidValueException;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied in each model package's {@code package-info.java}.
 *
 * <ul>
 *   <li>accessors are JavaBeans getters ({@code getX()}, {@code isX()}), so that a stock Hibernate
 *       Validator sees the constraints declared on them (it ignores methods named {@code x()});</li>
 *   <li>the generated {@code Immutable*} classes are package-private: the public API is the abstract
 *       type, its {@code builder()} (a nested {@code Builder} extending the generated one) and its
 *       {@code of(...)} factories; {@code build()} returns the abstract type;</li>
 *   <li>no Guava, no {@code with*} copy methods (use {@code Builder.from(value)});</li>
 *   <li>building fails one way, {@link InvalidValueException} with the property's path: a required
 *       attribute left unset, a null, as a broken invariant does; a builder's lists are made when
 *       first filled ({@code deferCollectionAllocation}), which is what makes Immutables check a
 *       whole list given as null ({@code assessments(null)}) as it checks its elements. Three kinds
 *       of builder method that {@code throwForNullPointer} does not reach (a whole {@code Optional},
 *       a varargs array, a whole map given as null) are given the same check in the build, between
 *       Immutables' writing of the builders' sources and their compilation (this module's POM).</li>
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    deferCollectionAllocation = true,
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = InvalidValueException.class)
public @interface CqpmStyle {}
