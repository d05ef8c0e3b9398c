using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The catalog as a Lucene index, ranked like <see cref="FileCatalog"/> (see <see cref="CatalogQueryBuilder"/>).
/// Writes are serialized, committed and made visible before they return; searches run concurrently on the latest
/// searcher. Opened on a folder, the index survives restarts.
/// </summary>
public sealed class LuceneCatalogIndex : ICatalogIndex, IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly System.Threading.Lock writeLock = new();
    private bool disposed;

    public LuceneCatalogIndex(LuceneDirectory directory)
    {
        this.directory = directory;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new CatalogAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            Similarity = new FlatSimilarity(),
        };
        writer = new IndexWriter(directory, config);
        writer.Commit();
        searchers = new SearcherManager(writer, applyAllDeletes: true, new FlatSearcherFactory());
    }

    /// <summary>Opens (or creates) the index in <paramref name="folder"/>.</summary>
    public static LuceneCatalogIndex Open(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        return new LuceneCatalogIndex(FSDirectory.Open(folder));
    }

    public Task UpsertAsync(IReadOnlyCollection<Dataset> datasets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        cancellationToken.ThrowIfCancellationRequested();
        var latest = datasets
            .GroupBy(d => DatasetDocument.Key(d.Name), StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToList();
        Write(() =>
        {
            // A fresh index has nothing to replace: adding skips a delete lookup per dataset.
            var fresh = writer.MaxDoc == 0;
            foreach (var dataset in latest)
            {
                var doc = DatasetDocument.Create(dataset);
                if (fresh) writer.AddDocument(doc);
                else writer.UpdateDocument(DatasetDocument.KeyTerm(dataset.Name), doc);
            }
        });
        return Task.CompletedTask;
    }

    public Task RemoveAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        cancellationToken.ThrowIfCancellationRequested();
        Write(() => writer.DeleteDocuments([.. names.Select(DatasetDocument.KeyTerm)]));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyCollection<string>> NamesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyCollection<string>>(WithSearcher(searcher => LiveNames(searcher.IndexReader)));
    }

    public Task<Dataset?> GetAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithSearcher(searcher =>
        {
            var top = searcher.Search(new TermQuery(DatasetDocument.KeyTerm(name ?? "")), 1);
            return top.TotalHits == 0 ? null : DatasetDocument.Read(searcher.Doc(top.ScoreDocs[0].Doc));
        }));
    }

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithSearcher(searcher => Search(searcher, query)));
    }

    public void Dispose()
    {
        lock (writeLock)
        {
            if (disposed) return;
            disposed = true;
            searchers.Dispose();
            writer.Dispose();
            directory.Dispose();
        }
    }

    private static SearchResult Search(IndexSearcher searcher, SearchQuery query)
    {
        var terms = CatalogQueryBuilder.Terms(query);
        var offset = Math.Max(0, query.Offset);
        var wanted = Math.Max(1, offset + Math.Max(0, query.Limit));
        var page = searcher.Search(CatalogQueryBuilder.Build(query, terms, requireEveryTerm: true), null, wanted, Order, true, false);
        if (page.TotalHits == 0 && terms.Count > 1)
        {
            // No dataset has every term: fall back to any term, so one odd word does not empty the result.
            page = searcher.Search(CatalogQueryBuilder.Build(query, terms, requireEveryTerm: false), null, wanted, Order, true, false);
        }

        var hits = page.ScoreDocs
            .Skip(offset)
            .Take(Math.Max(0, query.Limit))
            .Select(d => new SearchHit(DatasetDocument.Read(searcher.Doc(d.Doc)), Math.Round(d.Score, 4)))
            .ToList();
        var suggestions = page.TotalHits == 0 && terms.Count > 0
            ? IndexTypoSuggester.Suggest(searcher.IndexReader, terms.SelectMany(t => t.Tokens))
            : [];
        return new SearchResult(hits, page.TotalHits, suggestions);
    }

    private static readonly Sort Order = new(SortField.FIELD_SCORE, new SortField(CatalogFields.NameSort, SortFieldType.STRING));

    private static List<string> LiveNames(IndexReader reader)
    {
        var names = new List<string>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(CatalogFields.Name);
            if (terms is null) continue;
            var live = leaf.AtomicReader.LiveDocs;
            var words = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (words.MoveNext())
            {
                docs = words.Docs(live, docs, DocsFlags.NONE);
                if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) names.Add(words.Term.Utf8ToString());
            }
        }

        return names;
    }

    private void Write(Action change)
    {
        lock (writeLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            change();
            writer.Commit();
            searchers.MaybeRefreshBlocking();
        }
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private sealed class FlatSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new FlatSimilarity() };
    }
}
