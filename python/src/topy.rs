//! Python objects straight from anything serde can serialize, the objects `json.loads` would
//! give for its JSON text (ints stay ints, so fen stay exact), without writing JSON or building
//! a `serde_json::Value` first. The keys of structs (the fields of a fact) are `&'static str`:
//! each is made a Python string once per batch and shared by every dict after.
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFloat, PyList, PyString};
use pyo3::IntoPyObjectExt;
use serde::ser::{self, Serialize};
use std::fmt;

/// A serialization error: the Python error that stopped it, or serde's message.
#[derive(Debug)]
pub struct Error(pub PyErr);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(PyValueError::new_err(msg.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error(e)
    }
}

impl From<Error> for PyErr {
    fn from(e: Error) -> Self {
        e.0
    }
}

type Result<T> = std::result::Result<T, Error>;

/// The Python strings of struct field names, by the address of the name (field names are
/// `&'static str`, so one address is one name), found in the order they were first seen, which
/// is the order every object of one type gives them in. Each keeps the last string value it
/// had: facts of one document repeat their `doc`, `sentence`, `kind`, `unit`…, and a repeated
/// value is the same Python string again, not a new one.
#[derive(Default)]
pub struct Keys<'py> {
    known: Vec<Slot<'py>>,
    next: usize,
}

struct Slot<'py> {
    addr: usize,
    key: Bound<'py, PyString>,
    last: Option<(String, Bound<'py, PyString>)>,
}

impl<'py> Keys<'py> {
    fn slot(&mut self, py: Python<'py>, name: &'static str) -> usize {
        let addr = name.as_ptr() as usize;
        let n = self.known.len();
        for i in 0..n {
            let j = (self.next + i) % n;
            if self.known[j].addr == addr {
                self.next = j + 1;
                return j;
            }
        }
        self.known.push(Slot {
            addr,
            key: PyString::intern(py, name),
            last: None,
        });
        self.next = self.known.len();
        n
    }

    fn key(&mut self, py: Python<'py>, name: &'static str) -> Bound<'py, PyString> {
        let i = self.slot(py, name);
        self.known[i].key.clone()
    }

    /// A string value of the field in `slot`: the one it had last when equal.
    fn value(&mut self, py: Python<'py>, slot: usize, v: &str) -> Bound<'py, PyString> {
        let last = &mut self.known[slot].last;
        if let Some((s, obj)) = last {
            if s.as_str() == v {
                return obj.clone();
            }
        }
        let obj = PyString::new(py, v);
        *last = Some((v.to_owned(), obj.clone()));
        obj
    }
}

/// A value as a Python object.
pub fn to_py<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    keys: &mut Keys<'py>,
    v: &T,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(v.serialize(Ser {
        py,
        keys,
        slot: None,
    })?)
}

struct Ser<'py, 'k> {
    py: Python<'py>,
    keys: &'k mut Keys<'py>,
    /// The struct field whose value this is.
    slot: Option<usize>,
}

impl<'py, 'k> Ser<'py, 'k> {
    fn any<T: IntoPyObject<'py>>(&self, v: T) -> Result<Bound<'py, PyAny>> {
        v.into_bound_py_any(self.py).map_err(Error)
    }
}

/// A list under construction (sequences, tuples, and the payload of a tuple variant).
struct Seq<'py, 'k> {
    py: Python<'py>,
    keys: &'k mut Keys<'py>,
    items: Vec<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> Seq<'py, '_> {
    fn push<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        let x = v.serialize(Ser {
            py: self.py,
            keys: self.keys,
            slot: None,
        })?;
        self.items.push(x);
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        let list = PyList::new(self.py, self.items)?.into_any();
        wrap(self.py, self.keys, self.variant, list)
    }
}

/// A dict under construction (maps, structs, and the payload of a struct variant).
struct Map<'py, 'k> {
    py: Python<'py>,
    keys: &'k mut Keys<'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> Map<'py, '_> {
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, v: &T) -> Result<()> {
        let slot = self.keys.slot(self.py, name);
        let k = self.keys.known[slot].key.clone();
        let x = v.serialize(Ser {
            py: self.py,
            keys: self.keys,
            slot: Some(slot),
        })?;
        self.dict.set_item(k, x)?;
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        wrap(self.py, self.keys, self.variant, self.dict.into_any())
    }
}

/// `{variant: payload}` for an enum variant with data (serde_json's external tagging).
fn wrap<'py>(
    py: Python<'py>,
    keys: &mut Keys<'py>,
    variant: Option<&'static str>,
    payload: Bound<'py, PyAny>,
) -> Result<Bound<'py, PyAny>> {
    let Some(name) = variant else {
        return Ok(payload);
    };
    let d = PyDict::new(py);
    d.set_item(keys.key(py, name), payload)?;
    Ok(d.into_any())
}

impl<'py, 'k> ser::Serializer for Ser<'py, 'k> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'py, 'k>;
    type SerializeTuple = Seq<'py, 'k>;
    type SerializeTupleStruct = Seq<'py, 'k>;
    type SerializeTupleVariant = Seq<'py, 'k>;
    type SerializeMap = Map<'py, 'k>;
    type SerializeStruct = Map<'py, 'k>;
    type SerializeStructVariant = Map<'py, 'k>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_i8(self, v: i8) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_i16(self, v: i16) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_i32(self, v: i32) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_i128(self, v: i128) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_u16(self, v: u16) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_u32(self, v: u32) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_u128(self, v: u128) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        // serde_json writes a non-finite float as null
        if v.is_finite() {
            Ok(PyFloat::new(self.py, v).into_any())
        } else {
            Ok(self.py.None().into_bound(self.py))
        }
    }
    fn serialize_char(self, v: char) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        match self.slot {
            Some(slot) => Ok(self.keys.value(self.py, slot, v).into_any()),
            None => Ok(PyString::new(self.py, v).into_any()),
        }
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Self::Ok> {
        // as serde_json: a list of numbers
        self.any(v.to_vec())
    }
    fn serialize_none(self) -> Result<Self::Ok> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<Self::Ok> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Self::Ok> {
        Ok(self.keys.key(self.py, variant).into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<Self::Ok> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<Self::Ok> {
        let py = self.py;
        let payload = v.serialize(Ser {
            py,
            keys: self.keys,
            slot: None,
        })?;
        wrap(py, self.keys, Some(variant), payload)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq> {
        Ok(Seq {
            py: self.py,
            keys: self.keys,
            items: Vec::with_capacity(len.unwrap_or(0)),
            variant: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Ok(Seq {
            py: self.py,
            keys: self.keys,
            items: Vec::with_capacity(len),
            variant: Some(variant),
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        Ok(Map {
            py: self.py,
            dict: PyDict::new(self.py),
            keys: self.keys,
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Ok(Map {
            py: self.py,
            dict: PyDict::new(self.py),
            keys: self.keys,
            key: None,
            variant: Some(variant),
        })
    }
}

/// Every sequence-like form serde has (seq, tuple, tuple struct, tuple variant) becomes a list
/// the same way.
macro_rules! seq_as_list {
    ($($trait:ident :: $method:ident),*) => {$(
        impl<'py> ser::$trait for Seq<'py, '_> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
                self.push(v)
            }
            fn end(self) -> Result<Self::Ok> {
                self.finish()
            }
        }
    )*};
}
seq_as_list!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl<'py> ser::SerializeMap for Map<'py, '_> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<()> {
        self.key = Some(k.serialize(Ser {
            py: self.py,
            keys: self.keys,
            slot: None,
        })?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        let k = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a map value without its key"))?;
        let x = v.serialize(Ser {
            py: self.py,
            keys: self.keys,
            slot: None,
        })?;
        self.dict.set_item(k, x)?;
        Ok(())
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

impl<'py> ser::SerializeStruct for Map<'py, '_> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, v: &T) -> Result<()> {
        self.field(name, v)
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

impl<'py> ser::SerializeStructVariant for Map<'py, '_> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, v: &T) -> Result<()> {
        self.field(name, v)
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}
