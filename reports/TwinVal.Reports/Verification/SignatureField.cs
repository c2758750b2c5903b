using System.Collections.Immutable;

namespace TwinVal.Reports.Verification;

/// <summary>A signature dictionary found in the file, with the field that refers to it.</summary>
internal sealed record SignatureField(string FieldName, PdfIndirect Object, PdfDict Dict, ImmutableArray<long> ByteRange);
