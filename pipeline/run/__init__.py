"""The launcher's side of a run: the job (checked before the graph is built, summarised after),
the output layout, the lock, publishing a partition through one commit point (its manifest),
a failure's report and the incremental ledger.
Every file operation here goes through Beam's `FileSystems`, so an output on an object store
(gs://, s3://) is written where it is named, never as a local folder."""
