import sys, time, cProfile, pstats
sys.path.insert(0, "tests")
import postgres_server as ps
import warcheck
from warcheck.corpus.ingest import analysed
from warcheck.corpus.rows import Options
from warcheck.corpus.writer import Writer
s = ps.start()
try:
    url = s.new_database()
    items = warcheck.read_items(["tests/fixtures/fakes-sample.csv"])
    results = list(analysed(items, Options(), is_known=lambda _: False, workers=0))
    with warcheck.Store.open(url) as store:
        w = Writer(store.conn)
        pr = cProfile.Profile(); pr.enable()
        t=time.perf_counter(); 
        for r in results:
            store.conn.execute("BEGIN"); w._one(r, __import__("warcheck.corpus.writer").corpus.writer.IngestReport()); store.conn.execute("COMMIT")
        print(len(results)/(time.perf_counter()-t), "art/s")
        pr.disable()
        pstats.Stats(pr).sort_stats("cumulative").print_stats(18)
finally:
    s.stop()
