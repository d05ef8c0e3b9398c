using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// 64-bit hashes of every name key the index has held since it was opened (loaded from the key terms at open, never
/// shrunk): a key not in the set is certainly not in the index, so its document is added without a delete term. A
/// hash collision only costs an unneeded delete. About 20 bytes per dataset.
/// </summary>
internal sealed class NameKeys
{
    private readonly HashSet<ulong> hashes = [];

    public static NameKeys Of(IndexReader reader)
    {
        var keys = new NameKeys();
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(CatalogFields.Keys);
            if (terms is null) continue;
            var words = terms.GetEnumerator();
            if (words.SeekCeil(new BytesRef(CatalogFields.NameKey)) == TermsEnum.SeekStatus.END) continue;
            do
            {
                var word = words.Term.Utf8ToString();
                if (!word.StartsWith(CatalogFields.NameKey, StringComparison.Ordinal)) break;
                keys.hashes.Add(Hash(word[CatalogFields.NameKey.Length..]));
            }
            while (words.MoveNext());
        }

        return keys;
    }

    /// <summary>Records <paramref name="key"/>; true when the index cannot hold it yet.</summary>
    public bool Add(string key) => hashes.Add(Hash(key));

    /// <summary>FNV-1a over the UTF-16 code units.</summary>
    private static ulong Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
