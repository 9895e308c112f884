using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Coalition.Domain.Tests.Conventions;

/// <summary>
/// Writes the public API surface of an assembly as stable, sorted text: one block per public type, one line per public or
/// protected member, with nullable reference annotations. Used by <see cref="PublicApiTests"/> in place of PublicApiGenerator.
/// </summary>
internal static class PublicApiWriter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>
    /// The library's own public types: those in the <c>Coalition.Domain</c> namespaces. A mutation-testing run (Stryker)
    /// injects public helper types in namespaces of its own into the assembly; they are not the library's API.
    /// </summary>
    internal static IEnumerable<Type> LibraryTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => t.Namespace is { } ns && (ns == "Coalition.Domain" || ns.StartsWith("Coalition.Domain.", StringComparison.Ordinal)));

    internal static string Write(Assembly assembly)
    {
        var builder = new StringBuilder();
        var types = LibraryTypes(assembly).OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var group in types.GroupBy(t => t.Namespace ?? string.Empty))
        {
            builder.Append("namespace ").Append(group.Key).Append('\n');
            foreach (var type in group)
            {
                builder.Append("  ").Append(TypeHeader(type)).Append('\n');
                foreach (var line in Members(type).Order(StringComparer.Ordinal))
                {
                    builder.Append("    ").Append(line).Append('\n');
                }
            }
        }

        return builder.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var attributes = new List<string>();
        if (type.GetCustomAttribute<FlagsAttribute>() is not null)
        {
            attributes.Add("[Flags] ");
        }

        var kind = type switch
        {
            { IsEnum: true } => "enum",
            { IsInterface: true } => "interface",
            { IsValueType: true } => IsRecord(type) ? "record struct" : "struct",
            _ when typeof(Delegate).IsAssignableFrom(type) => "delegate",
            _ => IsRecord(type) ? "record" : "class",
        };
        var modifiers = type switch
        {
            { IsClass: true, IsAbstract: true, IsSealed: true } => "static ",
            { IsClass: true, IsSealed: true } when kind is "class" or "record" => "sealed ",
            { IsClass: true, IsAbstract: true } => "abstract ",
            _ => string.Empty,
        };
        var bases = new List<string>();
        if (type.IsEnum)
        {
            bases.Add(TypeName(Enum.GetUnderlyingType(type)));
        }
        else
        {
            if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
            {
                bases.Add(TypeName(baseType));
            }

            bases.AddRange(type.GetInterfaces()
                .Where(i => i.IsPublic || i.IsNestedPublic)
                .Select(TypeName)
                .Order(StringComparer.Ordinal));
        }

        var header = $"{string.Concat(attributes)}public {modifiers}{kind} {TypeName(type)}";
        if (bases.Count > 0)
        {
            header += " : " + string.Join(", ", bases);
        }

        return header + Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : []);
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        var nullability = new NullabilityInfoContext();
        foreach (var member in type.GetMembers(Declared))
        {
            switch (member)
            {
                case ConstructorInfo ctor when IsVisible(ctor) && !ctor.IsStatic:
                    yield return $"{Access(ctor)}{TypeName(type).Split('<')[0]}({Parameters(ctor, nullability)})";
                    break;
                case MethodInfo method when IsVisible(method) && (!method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal)) && !method.Name.StartsWith('<'):
                    var generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
                    yield return $"{Access(method)}{Modifiers(method)}{Nullable(nullability.Create(method.ReturnParameter), method.ReturnType)} {method.Name}{generic}({Parameters(method, nullability)})" +
                        Constraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []);
                    break;
                case PropertyInfo property when property.GetAccessors(nonPublic: true).Any(IsVisible):
                    var accessors = new List<string>();
                    if (property.GetMethod is { } getter && IsVisible(getter))
                    {
                        accessors.Add("get;");
                    }

                    if (property.SetMethod is { } setter && IsVisible(setter))
                    {
                        var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                        accessors.Add(isInit ? "init;" : "set;");
                    }

                    var accessor = property.GetAccessors(nonPublic: true).First(IsVisible);
                    var indexParameters = property.GetIndexParameters();
                    var name = indexParameters.Length > 0 ? $"this[{string.Join(", ", indexParameters.Select(p => $"{TypeName(p.ParameterType)} {p.Name}"))}]" : property.Name;
                    yield return $"{Access(accessor)}{Modifiers(accessor)}{Nullable(nullability.Create(property), property.PropertyType)} {name} {{ {string.Join(" ", accessors)} }}";
                    break;
                case FieldInfo field when (field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly) && !field.IsSpecialName:
                    var constness = field.IsLiteral ? "const " : field.IsStatic ? "static " : string.Empty;
                    var readOnly = field.IsInitOnly ? "readonly " : string.Empty;
                    yield return $"{(field.IsPublic ? "public " : "protected ")}{constness}{readOnly}{Nullable(nullability.Create(field), field.FieldType)} {field.Name}";
                    break;
                case EventInfo @event when @event.AddMethod is { } add && IsVisible(add):
                    yield return $"{Access(add)}event {TypeName(@event.EventHandlerType!)} {@event.Name}";
                    break;
            }
        }
    }

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return method.IsAbstract ? "static abstract " : "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return string.Empty;
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return method.GetBaseDefinition() != method ? "override " : "virtual ";
        }

        return method.IsVirtual && method.GetBaseDefinition() != method ? "sealed override " : string.Empty;
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p =>
        {
            var prefix = p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : string.Empty;
            if (p.GetCustomAttribute<ParamArrayAttribute>() is not null)
            {
                prefix = "params " + prefix;
            }

            var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
            var text = $"{prefix}{Nullable(nullability.Create(p), type)} {p.Name}";
            return p.HasDefaultValue ? $"{text} = {DefaultValue(p.DefaultValue)}" : text;
        }));

    private static string DefaultValue(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };

    private static string Nullable(NullabilityInfo info, Type type)
    {
        var name = TypeName(type, info);
        return !type.IsValueType && info.ReadState == NullabilityState.Nullable && !name.EndsWith('?') ? name + "?" : name;
    }

    private static string Constraints(Type[] genericArguments)
    {
        var clauses = new List<string>();
        foreach (var argument in genericArguments)
        {
            var parts = new List<string>();
            var attributes = argument.GenericParameterAttributes;
            if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                parts.Add("class");
            }

            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("struct");
            }

            parts.AddRange(argument.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(TypeName).Order(StringComparer.Ordinal));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                clauses.Add($" where {argument.Name} : {string.Join(", ", parts)}");
            }
        }

        return string.Concat(clauses);
    }

    private static string TypeName(Type type) => TypeName(type, null);

    private static string TypeName(Type type, NullabilityInfo? info)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (System.Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (type.IsArray)
        {
            var element = TypeName(type.GetElementType()!, info?.ElementType);
            if (info?.ElementType is { ReadState: NullabilityState.Nullable } && !type.GetElementType()!.IsValueType)
            {
                element += "?";
            }

            return element + "[]";
        }

        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        var name = tick >= 0 ? type.Name[..tick] : type.Name;
        if (type.IsNested && !type.IsGenericParameter)
        {
            name = TypeName(type.DeclaringType!.IsGenericTypeDefinition && type.IsConstructedGenericType ? type.DeclaringType.MakeGenericType(type.GetGenericArguments()[..type.DeclaringType.GetGenericArguments().Length]) : type.DeclaringType!) + "." + name;
        }

        var prefix = type.Namespace is { } ns && !ns.StartsWith("Coalition.Domain", StringComparison.Ordinal) && !type.IsNested ? ns + "." : string.Empty;
        if (!type.IsGenericType)
        {
            return prefix + name;
        }

        var arguments = type.GetGenericArguments();
        if (type.IsNested && type.DeclaringType!.IsGenericType)
        {
            arguments = arguments[type.DeclaringType.GetGenericArguments().Length..];
            if (arguments.Length == 0)
            {
                return prefix + name;
            }
        }

        var argumentNames = arguments.Select((a, i) =>
        {
            var argumentInfo = info?.GenericTypeArguments.Length > i ? info.GenericTypeArguments[i] : null;
            var text = TypeName(a, argumentInfo);
            return argumentInfo is { ReadState: NullabilityState.Nullable } && !a.IsValueType && !text.EndsWith('?') ? text + "?" : text;
        });
        return $"{prefix}{name}<{string.Join(", ", argumentNames)}>";
    }

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null ||
        (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
}
