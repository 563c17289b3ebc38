using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Portal.Admin.Media;

/// <summary>
/// Reads an upload form as a stream of parts instead of letting the framework buffer the whole form:
/// a body announced as too large is refused before a byte is read, the antiforgery token (the form's
/// first field) is checked before the file, and the file goes straight to the media folder.
/// </summary>
public sealed class MediaUploadReader(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, MediaFolder folder, IOptions<MediaOptions> media)
{
    public const string FileField = "File";
    public const string AltTextField = "AltText";

    // Room for the boundaries, the part headers and the small fields beside the file.
    private const long FormOverhead = 64 * 1024;
    private const int MaxFieldBytes = 8 * 1024;

    public async Task<ReceivedUpload> ReadAsync(HttpContext context)
    {
        var maxBytes = media.Value.MaxBytes;
        if (context.Request.ContentLength > maxBytes + FormOverhead)
        {
            return new ReceivedUpload(null, null, new UploadRefusal(StatusCodes.Status413PayloadTooLarge, MediaMessages.TooLarge(maxBytes)));
        }

        // The server's own limit for this request, in place of its default for every request.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes + FormOverhead;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary) is not { Length: > 0 and <= 70 } boundary)
        {
            return new ReceivedUpload(null, null, new UploadRefusal(StatusCodes.Status400BadRequest, MediaMessages.NotAForm));
        }

        var form = new Form();
        try
        {
            var refusal = await ReadPartsAsync(context, new MultipartReader(boundary.Value!, context.Request.Body), form);
            refusal ??= form.File is null ? new UploadRefusal(StatusCodes.Status400BadRequest, MediaMessages.NoFile) : null;
            if (refusal is not null)
            {
                form.File?.Delete();
            }

            return new ReceivedUpload(refusal is null ? form.File : null, form.AltText, refusal);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or OperationCanceledException)
        {
            form.File?.Delete();
            var status = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            var message = status == StatusCodes.Status413PayloadTooLarge ? MediaMessages.TooLarge(maxBytes) : MediaMessages.Broken;
            return new ReceivedUpload(null, form.AltText, new UploadRefusal(status, message));
        }
    }

    private async Task<UploadRefusal?> ReadPartsAsync(HttpContext context, MultipartReader reader, Form form)
    {
        var cancellationToken = context.RequestAborted;
        var section = await reader.ReadNextSectionAsync(cancellationToken);
        var options = antiforgeryOptions.Value;
        // A script may send the token as a header; a browser's form sends it as its first field, which
        // is moved to that header so that the check does not make the framework read the whole form.
        if (options.HeaderName is { } header && !context.Request.Headers.ContainsKey(header))
        {
            if (section?.GetContentDispositionHeader() is not { } first || HeaderUtilities.RemoveQuotes(first.Name).Value != options.FormFieldName)
            {
                return new UploadRefusal(StatusCodes.Status400BadRequest, MediaMessages.FormExpired);
            }

            context.Request.Headers[header] = await ReadFieldAsync(section, cancellationToken);
            section = await reader.ReadNextSectionAsync(cancellationToken);
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return new UploadRefusal(StatusCodes.Status400BadRequest, MediaMessages.FormExpired);
        }

        for (; section is not null; section = await reader.ReadNextSectionAsync(cancellationToken))
        {
            var refusal = await ReadPartAsync(section, form, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return null;
    }

    private async Task<UploadRefusal?> ReadPartAsync(MultipartSection section, Form form, CancellationToken cancellationToken)
    {
        var disposition = section.GetContentDispositionHeader();
        var name = disposition is null ? null : HeaderUtilities.RemoveQuotes(disposition.Name).Value;
        if (disposition?.IsFileDisposition() != true)
        {
            var value = await ReadFieldAsync(section, cancellationToken);
            if (value is null)
            {
                return new UploadRefusal(StatusCodes.Status400BadRequest, MediaMessages.FieldTooLong);
            }

            form.AltText = name == AltTextField ? value : form.AltText;
            return null;
        }

        // A browser sends an empty part without a file name when no file was chosen.
        var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
        if (string.IsNullOrEmpty(fileName))
        {
            return await ReadFieldAsync(section, cancellationToken) is { Length: 0 } ? null : new UploadRefusal(StatusCodes.Status400BadRequest, MediaMessages.NoFile);
        }

        if (name != FileField || form.File is not null)
        {
            return new UploadRefusal(StatusCodes.Status400BadRequest, MediaMessages.OneFile);
        }

        (form.File, var refusal) = await UploadedFileWriter.WriteAsync(section.Body, fileName, folder, media.Value.MaxBytes, cancellationToken);
        return refusal;
    }

    /// <summary>A small field's text; null when it is longer than any field of the form should be.</summary>
    private static async Task<string?> ReadFieldAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        var length = await section.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return length > MaxFieldBytes ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, length);
    }

    private sealed class Form
    {
        public ReceivedFile? File { get; set; }
        public string? AltText { get; set; }
    }
}
