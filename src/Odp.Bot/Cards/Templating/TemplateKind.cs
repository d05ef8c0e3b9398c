namespace Odp.Bot.Cards.Templating;

/// <summary>The JSON kinds a <see cref="TemplateValue"/> can have (null also stands for missing).</summary>
internal enum TemplateKind
{
    Null,
    False,
    True,
    Number,
    String,
    Array,
    Object,
}
