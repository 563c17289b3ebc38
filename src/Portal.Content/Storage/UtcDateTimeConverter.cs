using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.Content.Storage;

/// <summary>
/// Every time in the database is UTC; SQLite forgets the kind on the way back and Npgsql refuses
/// a time whose kind is not UTC, so both directions are pinned here.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
