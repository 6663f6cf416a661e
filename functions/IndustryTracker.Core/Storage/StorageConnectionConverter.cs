using System.ComponentModel;
using System.Globalization;

namespace IndustryTracker.Core.Storage;

/// <summary>Lets the configuration binder read <c>AzureWebJobsStorage=&lt;connection string&gt;</c> into a <see cref="StorageConnection"/>.</summary>
public sealed class StorageConnectionConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string connectionString ? new StorageConnection { ConnectionString = connectionString } : base.ConvertFrom(context, culture, value);
}
