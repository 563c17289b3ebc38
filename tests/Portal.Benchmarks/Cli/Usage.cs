namespace Portal.Benchmarks.Cli;

public static class Usage
{
    public const string Text = """
        usage: dotnet run -c Release --project tests/Portal.Benchmarks -- SCENARIO [args]
          generate N FOLDER [--seed S]
              write N realistic content files (all 7 types, several cultures) into FOLDER
          import [N] [--folder CONTENT] [--work FOLDER] [--seed S] [--out RESULTS] [--keep]
              generate N files (default 100,000) into a temporary work folder, or reuse CONTENT
              (1% of its titles are changed), then time the import verb: first import,
              re-import unchanged, re-import after 1% changed
          api --data FOLDER [--folder CONTENT] [--requests 2000] [--warmup 200]
              [--list-requests 500] [--list-warmup 50] [--limit 600] [--seed S] [--out RESULTS]
              start the site on the data folder of an import and time GET /api/content/{id}
              and GET /api/content?type=CaseStudy&page=K&size=20, one request at a time;
              each series stops after --limit seconds
          all [N] [import and api options]
              import, then api on the same data
          http (--data FOLDER | --work FOLDER) [--duration 30] [--warmup-seconds 5] [--connections 32]
              [--threads 2] [--seed S] [--out RESULTS]
              start the site on the data of an import and load a cluster, a case study and the home
              page with wrk (installed with apt-get when missing): output cache on, a static copy of
              each page served as a file, then output cache off
          admin --data FOLDER [--folder CONTENT] [--list-requests 1000] [--list-warmup 100]
              [--saves 300] [--save-warmup 30] [--publishes 20] [--limit 600] [--seed S] [--out RESULTS]
              sign an editor in on the site over the data of an import and time content lists
              (filtered, paged), saving drafts through the editor's form, and publish to visible
              (public page and search); it adds versions to that database
          search [N] [--data FOLDER | --work FOLDER] [--queries 1000] [--warmup 200] [--publish-tries 20] [--seed S]
              [--in-process-only]
              on the data of an earlier import (or of an import run first): 1,000 queries drawn from the
              corpus, each asked in the culture of its item, timed in-process beside bare Lucene (query by
              query), against SQLite FTS5 and over GET /api/search; then publish to searchable with the
              site running (reindexes first when the data has no index)
          reindex [N] [--data FOLDER | --work FOLDER]
              time the reindex verb on the data of an earlier import (or of an import run first)
          digests [--subscriptions 10000] [--items 200] [--rounds 3] [--maildir] [--seed S] [--work FOLDER] [--keep] [--out RESULTS]
              digest passes (digests send) to a local aiosmtpd against a bare MailKit loop; see Digests/
          relevance [--xquad FOLDER] [--work FOLDER] [--keep] [--out RESULTS]
              search quality: the XQuAD paragraphs (default ../shared/data/xquad) imported as pages with the
              import verb, every question asked through GET /api/search in its culture; MRR@10, recall@1
              and recall@10 per culture (not timings: a busy machine gives the same figures)
          snippets [--xquad FOLDER] [--passes 3] [--out RESULTS]
              the portal's SnippetWriter against Lucene.Net's Highlighter, FastVectorHighlighter and
              PostingsHighlighter, in-process: faults on a fixed quality set and on every XQuAD question
              with its paragraph, the time of one hit's snippet on paragraphs and whole articles, index size
        --out appends every figure as a JSON line to RESULTS; --keep keeps the work folder
        (data, content, logs), which is otherwise deleted at the end; --web names another Portal.Web.dll.
        """;
}
