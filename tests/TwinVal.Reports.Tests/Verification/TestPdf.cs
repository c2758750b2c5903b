using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TwinVal.Reports.Tests.Verification;

/// <summary>A minimal one-page PDF with a classic xref table, optionally with one embedded file (PDF/A-3 style: /AF and /EmbeddedFiles).</summary>
internal static class TestPdf
{
    public static byte[] Build(byte[]? attachment = null, string attachmentName = "run.json", bool declareSha = true)
    {
        var objects = new List<string>
        {
            attachment is null
                ? "<< /Type /Catalog /Pages 2 0 R >>"
                : "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(" + attachmentName + ") 5 0 R] >> >> /AF [5 0 R] >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            "<< /Length 31 >>\nstream\nBT /F1 12 Tf 10 10 Td (hi) Tj ET\nendstream",
        };
        if (attachment is not null)
        {
            var sha = declareSha ? $" /TwinValSha256 ({Convert.ToHexStringLower(SHA256.HashData(attachment))})" : "";
            objects.Add($"<< /Type /Filespec /F ({attachmentName}) /UF ({attachmentName}) /AFRelationship /Data /EF << /F 6 0 R >>{sha} >>");
#pragma warning disable CA5351 // /CheckSum is MD5 by definition
            var md5 = Convert.ToHexString(MD5.HashData(attachment));
#pragma warning restore CA5351
            objects.Add($"<< /Type /EmbeddedFile /Length {attachment.Length} /Params << /Size {attachment.Length} /CheckSum <{md5}> >> >>\nstream\n{Encoding.Latin1.GetString(attachment)}\nendstream");
        }

        var text = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(text.ToString()));
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(text.ToString());
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }
}
